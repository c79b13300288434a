"""QTI 2.1 package: every item, the test and the manifest validate against the official XSDs
(``../shared/qti-xsd``, loaded from disk: lxml never fetches from the network here)."""

from __future__ import annotations

import io
import re
import zipfile
from functools import cache

import pytest
from lxml import etree

from quizgen.bank.io import load_bank
from quizgen.export import export

from .conftest import EXAMPLE_BANK, SHARED
from .export_support import expected_feedback, tricky_bank

XSD_DIR = SHARED / "qti-xsd"
NS = {
    "q": "http://www.imsglobal.org/xsd/imsqti_v2p1",
    "cp": "http://www.imsglobal.org/xsd/imscp_v1p1",
}
NCNAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\-]*$")


@cache
def schema(name: str) -> etree.XMLSchema:
    path = XSD_DIR / name
    if not path.exists():
        pytest.fail(f"{path} is missing: the QTI 2.1 XSDs live in ../shared/qti-xsd", pytrace=False)
    # no_network: every import is a relative path inside qti-xsd (see SOURCES.md).
    parser = etree.XMLParser(no_network=True)
    return etree.XMLSchema(etree.parse(str(path), parser))


def validate(data: bytes, name: str) -> etree._ElementTree:
    tree = etree.parse(io.BytesIO(data))
    xsd = schema(name)
    assert xsd.validate(tree), "\n".join(str(e) for e in xsd.error_log)
    return tree


def package(banks) -> zipfile.ZipFile:
    return zipfile.ZipFile(io.BytesIO(export(banks, "qti21").data))


@pytest.mark.parametrize("bank_source", ["tricky", "example"])
def test_items_test_and_manifest_validate(bank_source: str) -> None:
    bank = tricky_bank() if bank_source == "tricky" else load_bank(EXAMPLE_BANK)
    zf = package([bank])
    manifest = validate(zf.read("imsmanifest.xml"), "imscp_v1p1.xsd")
    hrefs = manifest.xpath("//cp:resource[@type='imsqti_item_xmlv2p1']/@href", namespaces=NS)
    assert len(hrefs) == len(bank.questions)
    for href in hrefs:
        validate(zf.read(href), "qtiv2p1/imsqti_v2p1.xsd")
    (test_href,) = manifest.xpath("//cp:resource[@type='imsqti_test_xmlv2p1']/@href", namespaces=NS)
    validate(zf.read(test_href), "qtiv2p1/imsqti_v2p1.xsd")
    assert set(zf.namelist()) == {"imsmanifest.xml", test_href, *hrefs}


def test_items_carry_prompt_key_tolerance_unit_and_feedback() -> None:
    bank = tricky_bank()
    zf = package([bank])
    for q in bank.questions:
        matches = [n for n in zf.namelist() if n.startswith("items/") and q.id in n]
        assert len(matches) == 1
        item = etree.fromstring(zf.read(matches[0]))
        identifier = item.get("identifier")
        assert NCNAME.match(identifier), identifier
        assert item.xpath("string(q:modalFeedback)", namespaces=NS) == expected_feedback(q)
        correct = item.xpath(
            "string(q:responseDeclaration/q:correctResponse/q:value)", namespaces=NS
        )
        if q.kind == "multiple_choice":
            assert item.xpath("string(.//q:prompt)", namespaces=NS) == q.prompt
            choices = item.xpath(".//q:simpleChoice", namespaces=NS)
            assert [c.text for c in choices] == q.choices
            key = [c for c in choices if c.get("identifier") == correct]
            assert [c.text for c in key] == [q.answer]
        else:
            assert item.xpath("string(q:itemBody/q:p[1])", namespaces=NS) == q.prompt
            assert float(correct) == q.answer
            equal = item.xpath(".//q:equal", namespaces=NS)[0]
            if q.tolerance:
                assert equal.get("toleranceMode") == "absolute"
                assert [float(t) for t in equal.get("tolerance").split()] == [q.tolerance] * 2
            else:
                assert equal.get("toleranceMode") == "exact"
            entry = item.xpath(".//q:textEntryInteraction", namespaces=NS)[0]
            assert (entry.tail or "").strip() == (q.unit or "")


def test_merged_banks_make_one_section_each_with_unique_ncname_identifiers() -> None:
    zf = package([tricky_bank("One"), tricky_bank("Two"), load_bank(EXAMPLE_BANK)])
    manifest = etree.fromstring(zf.read("imsmanifest.xml"))
    (test_href,) = manifest.xpath("//cp:resource[@type='imsqti_test_xmlv2p1']/@href", namespaces=NS)
    test = validate(zf.read(test_href), "qtiv2p1/imsqti_v2p1.xsd")
    sections = test.xpath("//q:assessmentSection", namespaces=NS)
    assert [s.get("title") for s in sections] == [
        "One",
        "Two",
        "US to send troops to Mexico border",
    ]
    refs = test.xpath("//q:assessmentItemRef/@identifier", namespaces=NS)
    assert len(refs) == len(set(refs)) == 16
    assert all(NCNAME.match(r) for r in refs)
    # "7-starts-with-digit" is not an NCName as it is.
    assert "ID_7-starts-with-digit" in refs


def test_ids_that_become_the_same_ncname_stay_distinct() -> None:
    """'1a' is not an NCName and becomes 'ID_1a', which another question may already use."""
    from quizgen.bank import Bank, Question

    questions = [
        Question(id=qid, kind="numeric", prompt=f"How many ({qid})?", answer=5)
        for qid in ("1a", "ID_1a")
    ]
    zf = package([Bank(title="Clash", questions=questions)])
    names = zf.namelist()
    assert len(names) == len(set(names))
    items = [n for n in names if n.startswith("items/")]
    assert len(items) == 2
    for name in items:
        validate(zf.read(name), "qtiv2p1/imsqti_v2p1.xsd")
