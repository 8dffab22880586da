"""The label schema a new project starts with (../shared/scheme.md): labels, colours, hotkeys."""

from __future__ import annotations

from models.records import LabelRow

# Colours are chosen to stay apart from each other for most kinds of colour blindness;
# the view also draws entities and events differently, so colour is never the only cue.
DEFAULT_LABELS: tuple[LabelRow, ...] = (
    LabelRow("PERSON", "entity", "#e69f00", "p", "Named people"),
    LabelRow("ORG", "entity", "#56b4e9", "o", "Organisations, institutions, agencies, media"),
    LabelRow("GPE", "entity", "#009e73", "g", "Countries, cities, states"),
    LabelRow("LOC", "entity", "#c9b800", "l", "Places and regions that are not political units"),
    LabelRow("DATE", "entity", "#cc79a7", "d", "Dates, times and periods"),
    LabelRow("ACCUSE", "event", "#d55e00", "a", "Criticise, condemn, accuse"),
    LabelRow("CONSULT", "event", "#0072b2", "c", "Meet, visit, talk, call"),
    LabelRow("AGREE", "event", "#2e8b57", "e", "Sign, agree, approve"),
    LabelRow("COOPERATE", "event", "#6a3d9a", "k", "Cooperation, pacts, alliances"),
    LabelRow("AID", "event", "#1f9e89", "i", "Military, economic or humanitarian aid"),
    LabelRow("REQUEST", "event", "#b15928", "r", "Urge, ask, call for"),
    LabelRow("REJECT", "event", "#a6192e", "j", "Refuse, deny"),
    LabelRow("SUPPORT", "event", "#33a02c", "s", "Support, back"),
    LabelRow("THREATEN", "event", "#e31a1c", "t", "Threaten"),
    LabelRow("SANCTION", "event", "#8c564b", "n", "Sanctions, embargoes"),
    LabelRow("ASSAULT", "event", "#7f0000", "x", "Invasion, attack, war"),
    LabelRow("CONCEDE", "event", "#637939", "1", "Concede, yield"),
    LabelRow("RETREAT", "event", "#8c6d31", "2", "Withdraw, retreat"),
    LabelRow("PROTEST", "event", "#843c39", "3", "Protest, demonstrate"),
    LabelRow("MOBILIZE", "event", "#7b4173", "4", "Mobilise forces"),
    LabelRow("COERCE", "event", "#393b79", "5", "Coerce, arrest, seize"),
)
