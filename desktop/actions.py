"""Every user action as data: stable id, menu text, shortcut. Menus, help and tests share the table."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenuBar, QWidget


@dataclass(frozen=True)
class ActionSpec:
    id: str
    menu: str
    text: str
    shortcut: str = ""
    tip: str = ""
    # Keys the article view handles itself; the menu shows them but binds no shortcut.
    view_key: str = ""


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("project.new", "&File", "&New Project…", "Ctrl+N", "Create an empty project file"),
    ActionSpec("project.open", "&File", "&Open Project…", "Ctrl+O", "Open another project file"),
    ActionSpec("import.files", "&File", "&Import Files…", "Ctrl+I", "Import plain-text articles"),
    ActionSpec("import.folder", "&File", "Import &Folder…", "Ctrl+Shift+I",
               "Import every .txt article in a folder"),
    ActionSpec("import.sample", "&File", "Load &Sample Articles", "",
               "Import the bundled sample articles"),
    ActionSpec("export", "&File", "&Export…", "Ctrl+E", "Export to Excel (.xlsx) or JSONL"),
    ActionSpec("copy.export", "&File", "Export &Copy for an Annotator…", "",
               "Write a project file with chosen articles, for an annotator to work on offline"),
    ActionSpec("copy.merge", "&File", "&Merge Copies…", "",
               "Bring annotators' copies back: their decisions are kept under their names"),
    ActionSpec("annotator.change", "&File", "Change &Annotator…", "",
               "Record your changes under another name"),
    ActionSpec("app.quit", "&File", "&Quit", "Ctrl+Q", "Close Kliping; all work is already saved"),
    ActionSpec("edit.undo", "&Edit", "&Undo", "Ctrl+Z", "Undo the last change"),
    ActionSpec("edit.redo", "&Edit", "&Redo", "Ctrl+Shift+Z", "Redo the change undone last"),
    ActionSpec("span.accept", "&Edit", "&Accept Suggestion", "", "Accept the selected suggestion",
               view_key="Return"),
    ActionSpec("span.delete", "&Edit", "&Delete Span", "", "Delete the selected span (rejects a "
               "suggestion)", view_key="Del"),
    ActionSpec("span.accept_all", "&Edit", "Accept All &Suggestions in Article", "Ctrl+Shift+A",
               "Accept every remaining suggestion of this article"),
    ActionSpec("span.next", "&Edit", "Next Span", "", "Select the next span", view_key="Tab"),
    ActionSpec("span.previous", "&Edit", "Previous Span", "", "Select the previous span",
               view_key="Shift+Tab"),
    ActionSpec("span.start", "&Edit", "Move Span Start by a Token", "",
               "Move the selected span's start one token left or right (Ctrl: one character)",
               view_key="Alt+Left/Right"),
    ActionSpec("span.end", "&Edit", "Move Span End by a Token", "",
               "Move the selected span's end one token left or right (Ctrl: one character)",
               view_key="Alt+Shift+Left/Right"),
    ActionSpec("span.deselect", "&Edit", "Clear Span Selection", "", "Select no span",
               view_key="Esc"),
    ActionSpec("role.source", "&Edit", "Pick Event SOURCE", "", "With an event selected: pick who "
               "acts (Tab to an entity, Enter; or click it)", view_key="Shift+S"),
    ActionSpec("role.target", "&Edit", "Pick Event TARGET", "", "With an event selected: pick "
               "toward whom it is directed", view_key="Shift+T"),
    ActionSpec("role.place", "&Edit", "Pick Event PLACE", "", "With an event selected: pick where "
               "it happens", view_key="Shift+P"),
    ActionSpec("role.time", "&Edit", "Pick Event TIME", "", "With an event selected: pick when it "
               "happens", view_key="Shift+W"),
    ActionSpec("role.accept", "&Edit", "Accept the Event's Suggested Roles", "",
               "Accept every suggested role of the selected event", view_key="Shift+Return"),
    ActionSpec("role.cycle", "&Edit", "Cycle an Entity's Role", "", "With an event selected: "
               "no role, SOURCE, TARGET, PLACE, TIME", view_key="Ctrl+Click"),
    ActionSpec("view.zoom_in", "&View", "Zoom &In", "Ctrl+=", "Make the article text larger"),
    ActionSpec("view.zoom_out", "&View", "Zoom &Out", "Ctrl+-", "Make the article text smaller"),
    ActionSpec("view.zoom_reset", "&View", "&Reset Zoom", "Ctrl+0",
               "Show the article text at its usual size"),
    ActionSpec("view.linking", "&View", "Show or Hide the Event &Linking Panel", "F3",
               "The candidates for the selected event and the event cards"),
    ActionSpec("article.done", "&Go", "Mark Article &Done", "Ctrl+D",
               "Accept the remaining suggestions and mark the article done"),
    ActionSpec("article.skip", "&Go", "&Skip Article", "Ctrl+Shift+D", "Mark the article skipped"),
    ActionSpec("article.next_unreviewed", "&Go", "Next &Unreviewed Article", "Ctrl+Shift+Down",
               "Open the next article that is new or in progress"),
    ActionSpec("article.next", "&Go", "&Next Article", "Ctrl+Down", "Open the next article"),
    ActionSpec("article.previous", "&Go", "&Previous Article", "Ctrl+Up",
               "Open the previous article"),
    ActionSpec("focus.text", "&Go", "Focus &Text", "Ctrl+T", "Move the keyboard to the text"),
    ActionSpec("find", "&Go", "&Find Articles…", "Ctrl+F",
               "Search titles and text, and filter the article list"),
    ActionSpec("link.assign", "&Link", "&Link to Proposed Card", "", "With an event selected: link it "
               "to the current candidate (a card, or another article's event)", view_key="Space"),
    ActionSpec("link.new_card", "&Link", "&New Card from Event", "",
               "With an event selected: start a new event card holding it", view_key="Ctrl+Space"),
    ActionSpec("link.choose", "&Link", "Choose Candidate", "", "With an event selected: move between "
               "the ranked candidates", view_key="Up/Down"),
    ActionSpec("link.reject", "&Link", "Not &This Candidate", "", "The current candidate is another "
               "event: never offer it for this mention again", view_key="Ctrl+Backspace"),
    ActionSpec("link.unlink", "&Link", "&Unlink Event", "", "Take the selected event out of its card",
               view_key="U"),
    ActionSpec("link.compare", "&Link", "Side by Side with &Candidate", "", "Compare this article "
               "with the current candidate's article: linked events aligned, roles compared",
               view_key="V"),
    ActionSpec("cards.focus", "&Link", "Find Event &Cards…", "Ctrl+L",
               "Search and sort the event cards"),
    ActionSpec("cards.merge", "&Link", "&Merge Selected Cards", "Ctrl+M",
               "Merge the cards selected in the card list into the first"),
    ActionSpec("cards.split", "&Link", "&Split Off Selected Mentions", "Ctrl+Shift+M",
               "Move the mentions selected in the card's member list into a new card"),
    ActionSpec("cards.confirm", "&Link", "Con&firm Card", "Ctrl+Return",
               "Confirm every suggested link of the current card"),
    ActionSpec("link.project", "&Link", "Suggest Cards for the &Whole Project", "",
               "Find near-duplicate articles and suggest event cards across outlets; confirmed links stay"),
    ActionSpec("model.train", "&Project", "&Train NER on Reviewed Articles…", "",
               "Retrain the entity recogniser on the articles marked done, and use it from now on"),
    ActionSpec("project.stats", "&Project", "&Statistics…", "",
               "Review progress, and how often suggestions were corrected, per label and outlet"),
    ActionSpec("project.adjudicate", "&Project", "&Adjudicate Article…", "",
               "Pick, position by position, which annotator's span stands in the open article"),
    ActionSpec("project.agreement", "&Project", "A&greement Between Annotators…", "",
               "Span, label, trigger and event-cluster agreement of every pair of annotators"),
    ActionSpec("project.schema", "&Project", "Sc&hema…", "",
               "Labels, colours, hotkeys and descriptions of this project; export or load a schema"),
    ActionSpec("help.shortcuts", "&Help", "&Keyboard Shortcuts", "F1", "Show every shortcut"),
    ActionSpec("help.about", "&Help", "&About Kliping"),
)


def build_actions(
    parent: QWidget, menubar: QMenuBar, handlers: dict[str, Callable[[], object]],
    prebuilt: dict[str, QAction] | None = None,
) -> dict[str, QAction]:
    """Create one QAction per spec (or take a prebuilt one), wire it and add it to its menu."""
    actions: dict[str, QAction] = {}
    menus: dict[str, object] = {}
    for spec in ACTIONS:
        menu = menus.get(spec.menu) or menubar.addMenu(spec.menu)
        menus[spec.menu] = menu
        text = f"{spec.text}\t{spec.view_key}" if spec.view_key else spec.text
        action = (prebuilt or {}).get(spec.id) or QAction(text, parent)
        action.setObjectName(spec.id)
        action.setStatusTip(spec.tip)
        action.setToolTip(spec.tip)
        if spec.shortcut:
            action.setShortcut(QKeySequence(spec.shortcut))
        if spec.id in handlers:
            action.triggered.connect(handlers[spec.id])
        menu.addAction(action)  # type: ignore[attr-defined]
        if spec.id in ("project.open", "import.sample", "export"):
            menu.addSeparator()  # type: ignore[attr-defined]
        actions[spec.id] = action
    return actions


def shortcut_rows(label_keys: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(keys, what they do) for the help sheet, from the same table as the menus."""
    rows = [("Select text, then a label key", "Add a span with that label"),
            ("Click a span", "Select it (click again to cycle through overlapping spans)"),
            ("Label key with a span selected", "Relabel the span")]
    rows += [(key.upper(), name) for name, key in label_keys if key]
    for spec in ACTIONS:
        keys = spec.shortcut or spec.view_key
        if keys:
            rows.append((QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
                         if spec.shortcut else keys, spec.text.replace("&", "").rstrip("…")))
    return rows


README_START = "<!-- shortcuts: generated by `python -m desktop.actions`; do not edit by hand -->"
README_END = "<!-- /shortcuts -->"


def readme_table() -> str:
    """The README's shortcut table, from the action table (label keys come from the default schema)."""
    from models.default_schema import DEFAULT_LABELS

    rows = ["| keys | what they do |", "|---|---|"]
    for keys, text in shortcut_rows([(lab.name, lab.hotkey) for lab in DEFAULT_LABELS]):
        rows.append(f"| {keys.replace('|', '/')} | {text} |")
    return "\n".join([README_START, *rows, README_END])


def update_readme(path: str = "README.md") -> None:
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    start, end = text.index(README_START), text.index(README_END) + len(README_END)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text[:start] + readme_table() + text[end:])


if __name__ == "__main__":
    update_readme()
