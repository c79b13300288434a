"""Canvas package: the QTI file is valid against the QTI 1.2.1 DTD from the pyslet sdist
(fetched by .ci/fetch-export-deps.sh into .ci/cache, or QUIZGEN_QTI12_DTD); keys,
margins and feedback are checked element by element."""

from __future__ import annotations

import io
import os
import xml.etree.ElementTree as ET
import zipfile
from functools import cache
from html import unescape
from pathlib import Path

from lxml import etree

from quizgen.bank.io import load_bank
from quizgen.export import export

from .conftest import EXAMPLE_BANK, REPO
from .export_support import require, tricky_bank

DTD_PATH = Path(
    os.environ.get("QUIZGEN_QTI12_DTD", REPO / ".ci" / "cache" / "qti12" / "ims_qtiasiv1p2p1.dtd")
)


@cache
def dtd() -> etree.DTD:
    return etree.DTD(str(require(DTD_PATH, "the QTI 1.2.1 DTD (ims_qtiasiv1p2p1.dtd)")))


def qti_file(banks) -> tuple[zipfile.ZipFile, bytes]:
    zf = zipfile.ZipFile(io.BytesIO(export(banks, "canvas").data))
    manifest = ET.fromstring(zf.read("imsmanifest.xml"))
    ns = {"cp": "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"}
    (href,) = [
        r.get("href")
        for r in manifest.iterfind(".//cp:resource", ns)
        if r.get("type") == "imsqti_xmlv1p2"
    ]
    return zf, zf.read(href)


def test_qti_is_valid_against_the_dtd_for_one_and_several_banks() -> None:
    for banks in ([tricky_bank()], [load_bank(EXAMPLE_BANK), tricky_bank("Two")]):
        _, data = qti_file(banks)
        tree = etree.parse(io.BytesIO(data))
        assert dtd().validate(tree), "\n".join(str(e) for e in dtd().error_log)


def test_dtd_rejects_a_broken_item() -> None:
    """The validation above can fail: an item without an ident is refused."""
    _, data = qti_file([tricky_bank()])
    broken = data.replace(b'<item ident="q-mc-specials"', b"<item", 1)
    assert not dtd().validate(etree.parse(io.BytesIO(broken)))


def _mattext(el: ET.Element) -> str:
    node = el.find("material/mattext")
    text = node.text or ""
    return unescape(text) if node.get("texttype") == "text/html" else text


def test_items_carry_key_margin_and_feedback() -> None:
    bank = tricky_bank()
    zf, data = qti_file([bank])
    root = ET.fromstring(data)
    items = root.findall(".//item")
    assert len(items) == len(bank.questions)
    for q, item in zip(bank.questions, items, strict=True):
        meta = {
            f.findtext("fieldlabel"): f.findtext("fieldentry")
            for f in item.iter("qtimetadatafield")
        }
        assert meta["points_possible"] == str(q.points or 1)
        prompt = _mattext(item.find("presentation"))
        feedback = _mattext(item.find("itemfeedback/flow_mat"))
        assert q.evidence.text in feedback
        right = [c for c in item.iter("respcondition") if c.findtext("setvar") == "100"]
        assert len(right) == 1
        if q.kind == "multiple_choice":
            assert meta["question_type"] == "multiple_choice_question"
            assert prompt == q.prompt
            labels = item.findall(".//response_label")
            texts = {lab.get("ident"): _mattext(lab) for lab in labels}
            assert list(texts.values()) == q.choices
            key = right[0].findtext("conditionvar/varequal")
            assert texts[key] == q.answer
        else:
            assert meta["question_type"] == "numerical_question"
            assert prompt.startswith(q.prompt)
            if q.unit:
                assert q.unit in prompt[len(q.prompt) :]
            condition = right[0].find("conditionvar")
            assert float(condition.findtext(".//varequal")) == q.answer
            if q.tolerance:
                assert float(condition.findtext(".//vargte")) == q.answer - q.tolerance
                assert float(condition.findtext(".//varlte")) == q.answer + q.tolerance
            else:
                assert condition.find(".//vargte") is None
    meta_files = [n for n in zf.namelist() if n.endswith("assessment_meta.xml")]
    assert len(meta_files) == 1
    meta = ET.fromstring(zf.read(meta_files[0]))
    ns = "{http://canvas.instructure.com/xsd/cccv1p0}"
    assert meta.findtext(f"{ns}title") == bank.title
    assert float(meta.findtext(f"{ns}points_possible")) == sum(
        q.points or 1 for q in bank.questions
    )


def test_several_banks_become_sections() -> None:
    _, data = qti_file([tricky_bank("One"), tricky_bank("Two")])
    root = ET.fromstring(data)
    sections = root.findall("assessment/section/section")
    assert [s.get("title") for s in sections] == ["One", "Two"]
    idents = [i.get("ident") for i in root.iter("item")]
    assert len(idents) == len(set(idents)) == 8


def test_ids_that_become_the_same_ncname_stay_distinct() -> None:
    from quizgen.bank import Bank, Question

    questions = [
        Question(id=qid, kind="numeric", prompt=f"How many ({qid})?", answer=5)
        for qid in ("1a", "ID_1a")
    ]
    _, data = qti_file([Bank(title="Clash", questions=questions)])
    tree = etree.parse(io.BytesIO(data))
    idents = tree.xpath("//item/@ident")
    assert len(idents) == len(set(idents)) == 2
    assert dtd().validate(tree), "\n".join(str(e) for e in dtd().error_log)
