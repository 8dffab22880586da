"""Card summaries: majority type, best supported date and place, participants deduplicated by name."""

from __future__ import annotations

import dataclasses
import datetime as dt

from test_linking_data import JUNE_19, treaty_background, treaty_english, treaty_signing

from nlp.linking.summary import summarise


def test_summary_of_the_treaty_card():
    summary = summarise([treaty_signing(), treaty_english(), treaty_background()])
    assert summary.event_type == "AGREE"
    assert summary.date == JUNE_19  # exact dates win over "bulan lalu"
    assert summary.place == "Pyongyang"
    assert len(summary.participants) == 4  # Putin, Kim Jong Un, Rusia, Korea Utara, each once
    assert summary.title == "AGREE: Rusia – Korea Utara, Pyongyang, 2024-06-19"


def test_summary_without_states_uses_people_and_handles_missing_parts():
    summary = summarise([treaty_signing()])
    assert summary.title == "AGREE: Vladimir Putin – Kim Jong Un, Pyongyang, 2024-06-19"
    background = summarise([treaty_background()])
    assert background.date == dt.date(2024, 6, 1)
    assert summarise([]).title == "(untitled)"


def test_a_name_only_one_article_puts_near_the_event_stays_out_of_the_title():
    commented = dataclasses.replace(treaty_english(), participants=(
        "Russian President Vladimir Putin", "Kim Jong-un", "Departemen Luar Negeri AS"))
    summary = summarise([treaty_signing(), commented, treaty_background()])
    assert "Departemen Luar Negeri AS" in summary.participants
    assert "Departemen" not in summary.title
    assert summary.title == "AGREE: Rusia – Korea Utara, Pyongyang, 2024-06-19"
