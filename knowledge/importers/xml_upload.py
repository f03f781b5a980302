"""XML from an upload, parsed as the readers of XML formats (OPML, FreeMind, XMind, Evernote) all
must: with defusedxml, so a file declaring entities (the "billion laughs", an external entity) is
refused before anything is expanded, and with a clear refusal for XML that is not well formed.
Each reader says in its own words what the file is and why the entities are refused."""

from __future__ import annotations

from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from knowledge.importers.errors import DeckImportError
from knowledge.importers.source import without_declared_encoding


def parse_upload_xml(
    data: str | bytes, *, what: str, entities_refused: str, forbid_dtd: bool = True
) -> Element:
    """The root of `data`: text (already decoded, as every upload is, so the encoding its
    declaration names is dropped) or a package part's bytes. `what` names the file in the
    not-well-formed message ("this outline"); `entities_refused` is the whole refusal of a file
    declaring entities (or any DTD, with `forbid_dtd`)."""
    raw = without_declared_encoding(data).encode("utf-8") if isinstance(data, str) else data
    try:
        return fromstring(raw, forbid_dtd=forbid_dtd)
    except DefusedXmlException:
        raise DeckImportError(entities_refused) from None
    except (ParseError, LookupError, ValueError) as error:
        raise DeckImportError(f"{what} is not well-formed XML ({error})") from None
