"""`country_forms` is the set form of `same_country`: the grader looks a typed answer up in it
once per question's answer instead of scanning the tables for each typed answer, so the two must
accept exactly the same words."""

from __future__ import annotations

from bot._places import _FORMS, _IRREGULAR, _regular_demonyms, country_forms, same_country


def _words() -> set[str]:
    names = (
        set(_IRREGULAR) | set(_IRREGULAR.values()) | {form for group in _FORMS for form in group}
    )
    names |= {"russia", "hungary", "china", "italy", "pakistan", "cuba", "peru", "korea", "iran"}
    return names | {d for name in list(names) for d in _regular_demonyms(name)} | {"", "a", "x y"}


def test_country_forms_accepts_what_same_country_accepts() -> None:
    words = _words()
    countries = set(_IRREGULAR.values()) | {form for group in _FORMS for form in group}
    countries |= {"russia", "hungary", "china", "italy", "pakistan", "cuba", "peru", "", "a"}
    for expected in countries:
        forms = country_forms(expected)
        assert {g for g in words if same_country(g, expected)} == forms & words, expected


def test_country_forms_of_a_country() -> None:
    assert {"russian", "russians"} <= country_forms("russia")
    assert {"great britain", "uk", "british"} <= country_forms("britain")
    assert "britain" not in country_forms("britain")
    assert "french" in country_forms("france")
    assert country_forms("") == frozenset()
