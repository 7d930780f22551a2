"""Article › Properties: the desk's fields of an article, its sections' genres and its
corrections log, edited together; OK makes them one step of the article's undo history."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime, QTimeZone, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from editor.model import Correction, CorrectionKind
from editor.model.article import KIND_GENRES, bare_label
from editor.model.embargo import embargo_moment
from editor.model.messages import QT_TRANSLATE_NOOP
from editor.ui.common.plain_box import plain_text_box
from editor.ui.form.desk_fields import DeskFields

GENRES_CONTEXT = "Genres"
# A short list of IPTC's genre NewsCodes (https://cv.iptc.org/newscodes/genre/), by the
# names IPTC gives them; stored in English, shown translated. Kept here, offline: the full
# vocabulary has some seventy genres, most for agencies' own use.
GENRES = (
    QT_TRANSLATE_NOOP("Genres", "Current"),
    QT_TRANSLATE_NOOP("Genres", "Opinion"),
    QT_TRANSLATE_NOOP("Genres", "Analysis"),
    QT_TRANSLATE_NOOP("Genres", "Background"),
    QT_TRANSLATE_NOOP("Genres", "Feature"),
    QT_TRANSLATE_NOOP("Genres", "Interview"),
    QT_TRANSLATE_NOOP("Genres", "Obituary"),
    QT_TRANSLATE_NOOP("Genres", "Profile"),
    QT_TRANSLATE_NOOP("Genres", "Review"),
)
CORRECTION_KINDS = {
    CorrectionKind.CORRECTION: QT_TRANSLATE_NOOP("Corrections", "Correction"),
    CorrectionKind.CLARIFICATION: QT_TRANSLATE_NOOP("Corrections", "Clarification"),
    CorrectionKind.RETRACTION: QT_TRANSLATE_NOOP("Corrections", "Retraction"),
}
# UTC offsets in quarter hours, from UTC-12:00 to UTC+14:00: every zone in use today.
OFFSET_QUARTERS = range(-12 * 4, 14 * 4 + 1)
DATE_COLUMN, KIND_COLUMN, TEXT_COLUMN = 0, 1, 2


def offset_text(seconds: int) -> str:
    """Return a UTC offset as ISO 8601 writes it: "+03:00", "-09:30", "+00:00"."""
    sign = "-" if seconds < 0 else "+"
    hours, minutes = divmod(abs(seconds) // 60, 60)
    return f"{sign}{hours:02d}:{minutes:02d}"


class EmbargoEdit(QWidget):
    """The embargo: whether there is one, its date and time, and the UTC offset of its zone.

    An embargo the file holds that names no moment is shown as it is and kept unless the
    writer sets another.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled_box = QCheckBox(self)
        self.date_time_edit = QDateTimeEdit(self)
        self.date_time_edit.setCalendarPopup(True)
        self.date_time_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        # The time as the embargo's own zone reads it (the zone is the combo's): kept in
        # UTC, which skips no hour, so no time is moved by a summer-time change here.
        self.date_time_edit.setTimeZone(QTimeZone.utc())
        self.zone_combo = QComboBox(self)
        for quarter in OFFSET_QUARTERS:
            seconds = quarter * 15 * 60
            self.zone_combo.addItem(f"UTC{offset_text(seconds)}", seconds)
        self.problem_label = QLabel(self)
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.enabled_box)
        row.addWidget(self.date_time_edit, 1)
        row.addWidget(self.zone_combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.problem_label)
        self._kept = ""  # an unreadable embargo from the file, kept until one is set
        # The embargo as given, returned as it was written until the writer changes it.
        self._given: str | None = ""
        self.enabled_box.toggled.connect(self._on_touched)
        self.date_time_edit.dateTimeChanged.connect(self._on_touched)
        self.zone_combo.currentIndexChanged.connect(self._on_touched)
        self.retranslate()

    def retranslate(self) -> None:
        """Word the widget in the interface language."""
        self.enabled_box.setText(self.tr("Not before"))
        self.zone_combo.setToolTip(self.tr("The time zone of the embargo, as its UTC offset"))

    def set_embargo(self, embargo: str) -> None:
        """Show an embargo ("" none); one that names no moment is shown and kept as it is."""
        for widget in (self.enabled_box, self.date_time_edit, self.zone_combo):
            widget.blockSignals(True)
        try:
            moment = embargo_moment(embargo)
            self._given = embargo
            self._kept = embargo if embargo.strip() and moment is None else ""
            if moment is not None:
                seconds = int(moment.utcoffset().total_seconds())  # type: ignore[union-attr]
                self._show(
                    QDate(moment.year, moment.month, moment.day),
                    QTime(moment.hour, moment.minute),
                    seconds,
                )
            else:
                # A new embargo starts tomorrow at this hour, in the writer's own zone.
                now = QDateTime.currentDateTime()
                hour = QTime(now.time().hour(), 0)
                self._show(now.date().addDays(1), hour, now.offsetFromUtc())
            self.enabled_box.setChecked(moment is not None)
        finally:
            for widget in (self.enabled_box, self.date_time_edit, self.zone_combo):
                widget.blockSignals(False)
        self._update()

    def _show(self, date: QDate, time: QTime, seconds: int) -> None:
        index = self.zone_combo.findData(seconds)
        if index < 0:
            self.zone_combo.addItem(f"UTC{offset_text(seconds)}", seconds)
            index = self.zone_combo.count() - 1
        self.zone_combo.setCurrentIndex(index)
        # Shown as written in its own zone: the writer reads the time the embargo names.
        self.date_time_edit.setDateTime(QDateTime(date, time, QTimeZone.utc()))

    def set_offset(self, seconds: int) -> None:
        """Choose the embargo's zone by its UTC offset in seconds."""
        index = self.zone_combo.findData(seconds)
        if index >= 0:
            self.zone_combo.setCurrentIndex(index)

    def embargo(self) -> str:
        """Return the embargo as ISO 8601 with its offset, "" for none."""
        if self._given is not None:
            return self._given
        if not self.enabled_box.isChecked():
            return ""
        shown = self.date_time_edit.dateTime()
        date, time = shown.date(), shown.time()
        offset = offset_text(int(self.zone_combo.currentData()))
        return (
            f"{date.year():04d}-{date.month():02d}-{date.day():02d}"
            f"T{time.hour():02d}:{time.minute():02d}:00{offset}"
        )

    @Slot()
    def _on_touched(self) -> None:
        self._kept = ""
        self._given = None
        self._update()

    def _update(self) -> None:
        on = self.enabled_box.isChecked() and not self._kept
        self.date_time_edit.setEnabled(on)
        self.zone_combo.setEnabled(on)
        self.problem_label.setVisible(bool(self._kept))
        if self._kept:
            self.problem_label.setText(
                self.tr(
                    "The embargo in the file, “{0}”, is not a date-time with its time zone: "
                    "set it again."
                ).format(self._kept)
            )


class ArticlePropertiesDialog(QDialog):
    """The desk's fields of one article in three tabs: Desk, Genres, Corrections."""

    def __init__(
        self,
        fields: DeskFields,
        sections: list[tuple[str, str]],
        parent: QWidget | None = None,
        *,
        read_only: bool = False,
    ) -> None:
        """``sections`` are each section's (kind, label), in order, for the genres tab."""
        super().__init__(parent)
        self._sections = sections
        self.tabs = QTabWidget(self)
        self._build_desk_tab(fields)
        self._build_genres_tab(fields)
        self._build_corrections_tab(fields)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.retranslate()
        if read_only:
            for tab in range(self.tabs.count()):
                page = self.tabs.widget(tab)
                if page is not None:
                    page.setEnabled(False)
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.slugline_edit.setFocus()

    # -- building -----------------------------------------------------------------------

    def _build_desk_tab(self, fields: DeskFields) -> None:
        page = QWidget(self.tabs)
        form = self._desk_form = QFormLayout(page)
        self.slugline_edit = QLineEdit(fields.slugline, page)
        self.urgency_spin = QSpinBox(page)
        self.urgency_spin.setRange(0, 9)
        self.urgency_spin.setValue(min(max(fields.urgency, 0), 9))
        self.embargo_edit = EmbargoEdit(page)
        self.embargo_edit.set_embargo(fields.embargo)
        self.note_edit = plain_text_box(fields.editor_note, page)
        self.note_edit.setMaximumHeight(self.note_edit.fontMetrics().lineSpacing() * 5)
        self.subjects_edit = QLineEdit(", ".join(fields.subjects), page)
        self.sign_off_edit = QLineEdit(fields.sign_off, page)
        self.copyright_edit = QLineEdit(fields.copyright_holder, page)
        self.usage_edit = QLineEdit(fields.usage_terms, page)
        for widget in self._desk_widgets():
            form.addRow(QLabel(page), widget)
        self.tabs.addTab(page, "")

    def _desk_widgets(self) -> list[QWidget]:
        return [
            self.slugline_edit,
            self.urgency_spin,
            self.embargo_edit,
            self.note_edit,
            self.subjects_edit,
            self.sign_off_edit,
            self.copyright_edit,
            self.usage_edit,
        ]

    def _build_genres_tab(self, fields: DeskFields) -> None:
        page = QWidget(self.tabs)
        form = self._genres_form = QFormLayout(page)
        self.genre_combos: list[QComboBox] = []
        for index, (kind, label) in enumerate(self._sections):
            combo = QComboBox(page)
            # The first item is the kind's own genre (stored as ""): a News section stays
            # "Current" while its kind says so, without a genre written into the file.
            combo.addItem("", "")
            for genre in GENRES:
                combo.addItem("", genre)
            genre = fields.genres[index] if index < len(fields.genres) else ""
            found = combo.findData(genre)
            if found < 0:
                combo.addItem(genre, genre)  # a genre the file names, kept as it is
                found = combo.count() - 1
            combo.setCurrentIndex(found)
            combo.setProperty("kind", kind)
            name = bare_label(label) or kind
            form.addRow(QLabel(name, page), combo)
            self.genre_combos.append(combo)
        if not self._sections:
            self._no_sections = QLabel(page)
            form.addRow(self._no_sections)
        self.tabs.addTab(page, "")

    def _build_corrections_tab(self, fields: DeskFields) -> None:
        page = QWidget(self.tabs)
        layout = QVBoxLayout(page)
        self.corrections_table = QTableWidget(0, 3, page)
        self.corrections_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.corrections_table.horizontalHeader()
        header.setSectionResizeMode(TEXT_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.corrections_table.verticalHeader().hide()
        for entry in fields.corrections:
            self.add_correction(entry)
        buttons = QHBoxLayout()
        self.add_correction_button = QPushButton(page)
        self.remove_correction_button = QPushButton(page)
        self.add_correction_button.clicked.connect(self._on_add_correction)
        self.remove_correction_button.clicked.connect(self._on_remove_correction)
        buttons.addWidget(self.add_correction_button)
        buttons.addWidget(self.remove_correction_button)
        buttons.addStretch(1)
        layout.addWidget(self.corrections_table)
        layout.addLayout(buttons)
        self.tabs.addTab(page, "")

    def retranslate(self) -> None:
        """Word the dialog in the interface language (the values stay as they are)."""
        self.setWindowTitle(self.tr("Article properties"))
        for index, title in enumerate(
            (self.tr("Desk"), self.tr("Genres"), self.tr("Corrections"))
        ):
            self.tabs.setTabText(index, title)
        names = (
            self.tr("Slugline"),
            self.tr("Urgency"),
            self.tr("Embargo"),
            self.tr("Editor's note (not exported)"),
            self.tr("Subjects"),
            self.tr("Sign-off"),
            self.tr("Copyright holder"),
            self.tr("Usage terms"),
        )
        for widget, name in zip(self._desk_widgets(), names, strict=True):
            label = self._desk_form.labelForField(widget)
            if isinstance(label, QLabel):
                label.setText(name)
        self.slugline_edit.setPlaceholderText(
            self.tr("A short name for the story, e.g. port-reopens")
        )
        self.urgency_spin.setSpecialValueText(self.tr("none"))
        self.urgency_spin.setToolTip(self.tr("IPTC's scale: 1 most urgent, 9 least"))
        self.note_edit.setPlaceholderText(self.tr("For the desk only; never exported to readers"))
        self.subjects_edit.setPlaceholderText(
            self.tr("Comma-separated: IPTC Media Topic codes (medtop:…) or names")
        )
        self.embargo_edit.retranslate()
        for combo in self.genre_combos:
            kinds_genre = KIND_GENRES.get(str(combo.property("kind")), "")
            if kinds_genre:
                own = QCoreApplication.translate(GENRES_CONTEXT, kinds_genre)
                combo.setItemText(0, self.tr("As its kind: {0}").format(own))
            else:
                combo.setItemText(0, self.tr("None"))
            for index in range(1, len(GENRES) + 1):
                combo.setItemText(
                    index, QCoreApplication.translate(GENRES_CONTEXT, GENRES[index - 1])
                )
        if not self._sections:
            self._no_sections.setText(self.tr("The article has no sections."))
        self.corrections_table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Kind"), self.tr("What was corrected")]
        )
        for row in range(self.corrections_table.rowCount()):
            kinds = self._kind_combo(row)
            if kinds is not None:
                for index, name in enumerate(CORRECTION_KINDS.values()):
                    kinds.setItemText(index, QCoreApplication.translate("Corrections", name))
        self.add_correction_button.setText(self.tr("&Add correction"))
        self.remove_correction_button.setText(self.tr("&Remove"))

    # -- corrections --------------------------------------------------------------------

    def add_correction(self, entry: Correction | None = None) -> int:
        """Add a row to the corrections log (a new one dated today); return its row."""
        if entry is None:
            entry = Correction(date=QDate.currentDate().toString("yyyy-MM-dd"))
        table = self.corrections_table
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, DATE_COLUMN, QTableWidgetItem(entry.date))
        combo = QComboBox(table)
        for kind, name in CORRECTION_KINDS.items():
            combo.addItem(QCoreApplication.translate("Corrections", name), kind.value)
        combo.setCurrentIndex(max(0, combo.findData(CorrectionKind(entry.kind).value)))
        table.setCellWidget(row, KIND_COLUMN, combo)
        text = QTableWidgetItem(entry.text)
        # The entry's keys from a newer version ride along with its row.
        text.setData(Qt.ItemDataRole.UserRole, entry.extra)
        table.setItem(row, TEXT_COLUMN, text)
        return row

    def _kind_combo(self, row: int) -> QComboBox | None:
        widget = self.corrections_table.cellWidget(row, KIND_COLUMN)
        return widget if isinstance(widget, QComboBox) else None

    @Slot()
    def _on_add_correction(self) -> None:
        row = self.add_correction()
        self.corrections_table.setCurrentCell(row, TEXT_COLUMN)
        item = self.corrections_table.item(row, TEXT_COLUMN)
        if item is not None:
            self.corrections_table.editItem(item)

    @Slot()
    def _on_remove_correction(self) -> None:
        row = self.corrections_table.currentRow()
        if row >= 0:
            self.corrections_table.removeRow(row)

    def corrections(self) -> list[Correction]:
        """Return the corrections log as the table shows it, in its order."""
        table = self.corrections_table
        entries = []
        for row in range(table.rowCount()):
            date = table.item(row, DATE_COLUMN)
            text = table.item(row, TEXT_COLUMN)
            combo = self._kind_combo(row)
            kind = CorrectionKind(combo.currentData()) if combo is not None else None
            extra = text.data(Qt.ItemDataRole.UserRole) if text is not None else None
            entries.append(
                Correction(
                    date=date.text().strip() if date is not None else "",
                    kind=kind or CorrectionKind.CORRECTION,
                    text=text.text() if text is not None else "",
                    extra=dict(extra) if isinstance(extra, dict) else {},
                )
            )
        return entries

    # -- the result ---------------------------------------------------------------------

    def fields(self) -> DeskFields:
        """Return the desk's fields as the dialog shows them."""
        subjects = [s.strip() for s in self.subjects_edit.text().split(",") if s.strip()]
        return DeskFields(
            slugline=self.slugline_edit.text().strip(),
            urgency=self.urgency_spin.value(),
            embargo=self.embargo_edit.embargo(),
            editor_note=self.note_edit.toPlainText(),
            subjects=subjects,
            sign_off=self.sign_off_edit.text().strip(),
            copyright_holder=self.copyright_edit.text().strip(),
            usage_terms=self.usage_edit.text().strip(),
            genres=[str(combo.currentData()) for combo in self.genre_combos],
            corrections=self.corrections(),
        )
