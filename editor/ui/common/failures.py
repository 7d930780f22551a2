"""What went wrong, said in the interface language, with the technical detail after it.

The core's typed errors carry an English message naming the file and the exact problem
(an entry of the container, the system's own words). A dialog says what happened and why
in the user's language, from the error's type and reason, and gives that message as the
detail ("Details: …") for whoever needs to look closer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from editor import files
from editor.storage import errors
from editor.text.direction import isolated

if TYPE_CHECKING:
    from editor.jobs.export import Progress
    from editor.model.review import ApprovalGateError, EditionGateError, EmbargoError
    from editor.render.errors import ArticleProblemsError


def failure_reason(failure: BaseException) -> str:
    """Return why something failed, as a sentence in the interface language."""
    from editor.importing.errors import DraftError
    from editor.model.images import (
        MAX_IMAGE_BYTES,
        MAX_IMAGE_PIXELS,
        ImageError,
        ImageProblem,
    )
    from editor.model.review import (
        ApprovalGateError,
        EditionGateError,
        EmbargoError,
        ReviewError,
        StatusMoveError,
    )
    from editor.render.errors import (
        ArticleProblemsError,
        RenderError,
        StyleError,
        UnknownQuotationError,
        UntranslatedEditionError,
    )

    if isinstance(failure, ApprovalGateError):
        return _gate_reason(failure)
    if isinstance(failure, EditionGateError):
        return _edition_gate_reason(failure)
    if isinstance(failure, UntranslatedEditionError):
        from editor.text.languages import native_name

        waiting = failure.untranslated
        count = Failures.tr("%n paragraph(s) not translated yet", "", waiting)  # type: ignore[arg-type]
        return QCoreApplication.translate(
            "Failures",
            "The {0} edition was not exported: it has {1}. Translate them in the side-by-side "
            "view, or export anyway.",
        ).format(isolated(native_name(failure.language)), count)
    if isinstance(failure, EmbargoError):
        return _embargo_reason(failure)
    if isinstance(failure, StatusMoveError):
        from editor.ui.common.status_names import status_names

        names = status_names()
        return QCoreApplication.translate(
            "Failures", "An article in {0} cannot move to {1}."
        ).format(names[failure.current], names[failure.target])
    if isinstance(failure, ReviewError):
        return QCoreApplication.translate("Failures", "The review data does not allow this.")
    if isinstance(failure, errors.UnreadableLockError):
        return QCoreApplication.translate(
            "Failures", "A lock file that cannot be read says this article is open."
        )
    if isinstance(failure, errors.LockedError):
        return _holder_sentence(failure.holder)
    if isinstance(failure, errors.ChangedOnDiskError):
        return QCoreApplication.translate(
            "Failures", "Another program changed the file after it was opened here."
        )
    if isinstance(failure, errors.UnsupportedVersionError):
        return QCoreApplication.translate(
            "Failures", "It was saved by a newer version of Newsdesk. Update Newsdesk to open it."
        )
    if isinstance(failure, errors.FormatError):
        return QCoreApplication.translate(
            "Failures", "The file is damaged, or it is not a Newsdesk article."
        )
    if isinstance(failure, errors.StorageError):
        reasons = {
            errors.PERMISSION_DENIED: QCoreApplication.translate(
                "Failures", "You may not write in this folder."
            ),
            errors.DISK_FULL: QCoreApplication.translate(
                "Failures", "The disk is full. Free some space and try again."
            ),
            errors.READ_ONLY_DISK: QCoreApplication.translate(
                "Failures", "The disk is read-only."
            ),
            errors.FOLDER_NAME: QCoreApplication.translate(
                "Failures", "A folder has this name. Choose another file name."
            ),
            errors.NO_FOLDER: QCoreApplication.translate("Failures", "The folder does not exist."),
            errors.NAME_TOO_LONG: QCoreApplication.translate(
                "Failures", "The file name is too long."
            ),
            errors.READ_ONLY_FILE: QCoreApplication.translate(
                "Failures", "The file is read-only. Save it under another name."
            ),
            # A StorageError may carry why a file could not be read (editor.files).
            **_read_reasons(),
        }
        if isinstance(failure, errors.BackupError) and failure.reason not in reasons:
            return QCoreApplication.translate(
                "Failures", "The backups folder could not be written to."
            )
        return reasons.get(
            failure.reason,
            QCoreApplication.translate("Failures", "The file could not be read or written."),
        )
    if isinstance(failure, ImageError):
        if failure.problem == ImageProblem.TOO_LARGE:
            return QCoreApplication.translate(
                "Failures", "The picture's file is {0} MB; an article takes pictures up to {1} MB."
            ).format(_megabytes(failure.size), _megabytes(MAX_IMAGE_BYTES))
        if failure.problem == ImageProblem.TOO_MANY_PIXELS:
            return QCoreApplication.translate(
                "Failures",
                "The picture has {0} million pixels; an article takes at most {1} million.",
            ).format(_millions(failure.size), _millions(MAX_IMAGE_PIXELS))
        return QCoreApplication.translate(
            "Failures", "The file is not a PNG, JPEG or GIF picture, or it is damaged."
        )
    if isinstance(failure, files.FileReadError):
        return _read_reasons().get(
            failure.reason,
            QCoreApplication.translate("Failures", "The file could not be read or written."),
        )
    if isinstance(failure, DraftError):
        return QCoreApplication.translate("Failures", "The draft is not a text Newsdesk can read.")
    if isinstance(failure, UnknownQuotationError):
        return QCoreApplication.translate("Failures", "Not in the quotation bank: {0}.").format(
            ", ".join(failure.ids)
        )
    if isinstance(failure, ArticleProblemsError):
        return _problems_reason(failure)
    if isinstance(failure, StyleError):
        return QCoreApplication.translate("Failures", "The house style cannot be used.")
    if isinstance(failure, RenderError):
        return QCoreApplication.translate(
            "Failures", "The article could not be prepared for export."
        )
    if isinstance(failure, FileNotFoundError):
        return QCoreApplication.translate("Failures", "The file does not exist.")
    if isinstance(failure, PermissionError):
        return QCoreApplication.translate("Failures", "You may not read this file.")
    if isinstance(failure, IsADirectoryError):
        return QCoreApplication.translate("Failures", "This is a folder, not a file.")
    return QCoreApplication.translate("Failures", "The file could not be read or written.")


class Failures(QObject):
    """The translation context of these messages; its ``tr`` carries their plurals."""


def _gate_reason(failure: ApprovalGateError) -> str:
    """Why the approval gate refused a move, naming how many items are open."""
    from editor.ui.common.status_names import status_names

    # One count per plural: each phrase agrees with its own number; a zero is left out.
    counts = []
    # Failures.tr, not QCoreApplication.translate: lupdate sees plurals only in tr, and
    # only with a plain name as the count.
    suggestions, comments = failure.suggestions, failure.comments
    if suggestions:
        counts.append(Failures.tr("%n open suggestion(s)", "", suggestions))  # type: ignore[arg-type]
    if comments:
        counts.append(Failures.tr("%n unresolved comment(s)", "", comments))  # type: ignore[arg-type]
    if len(counts) == 2:
        counts = [QCoreApplication.translate("Failures", "{0} and {1}").format(*counts)]
    return QCoreApplication.translate(
        "Failures",
        "The article cannot move to {0} while it has {1}. Accept or reject the suggestions "
        "and resolve the comments first.",
    ).format(status_names()[failure.target], counts[0])


def _edition_gate_reason(failure: EditionGateError) -> str:
    """Why the edition gate refused a move: the edition has stale paragraphs."""
    from editor.ui.common.status_names import status_names

    stale = failure.stale
    count = Failures.tr("%n stale paragraph(s)", "", stale)  # type: ignore[arg-type]
    return QCoreApplication.translate(
        "Failures",
        "The {0} edition cannot move to {1} while it has {2}. Update or confirm them in "
        "the side-by-side view first.",
    ).format(failure.language, status_names()[failure.target], count)


def _embargo_reason(failure: EmbargoError) -> str:
    """Why Published waits: the embargo's time left, or an embargo that cannot be read."""
    if failure.moment is None:
        return QCoreApplication.translate(
            "Failures",
            "The embargo cannot be read, so the article cannot be published. Set it again "
            "in Article › Properties.",
        )
    from editor.model.embargo import hours_minutes
    from editor.ui.common.times import readable_time

    hours, minutes = hours_minutes(failure.left)
    return QCoreApplication.translate(
        "Failures",
        "The article is under embargo until {0} ({1} h {2} min left); it cannot be published "
        "before then.",
    ).format(readable_time(failure.moment.isoformat()), hours, minutes)


def _read_reasons() -> dict[str, str]:
    """Why a file could not be read (editor.files' reasons), in the interface language."""
    return {
        files.NOT_FOUND: QCoreApplication.translate("Failures", "The file does not exist."),
        files.NO_PERMISSION: QCoreApplication.translate("Failures", "You may not read this file."),
        files.IS_FOLDER: QCoreApplication.translate("Failures", "This is a folder, not a file."),
    }


def _megabytes(size: int) -> str:
    # Tenths rounded up: a file a little over the limit does not read as the limit.
    return f"{-(-size // 100_000) / 10:,.1f}".removesuffix(".0")


def _millions(size: int) -> str:
    return f"{size / 1_000_000:,.0f}"


def _holder_sentence(holder: dict[str, object]) -> str:
    """Say who has an article open, on which computer, since when: all the lock names."""
    from editor.ui.common.times import readable_time

    def field(name: str) -> str:
        # Cut short: a lock may come from anyone.
        value = holder.get(name)
        return value.strip()[:80] if isinstance(value, str) else ""

    # Isolated: a Latin name first turned the Arabic sentence left to right, its full stop
    # at the wrong end (seen on Xvfb).
    user, host, since = field("user"), field("host"), field("time")
    if not user:
        return QCoreApplication.translate("Failures", "Someone else has this article open.")
    user = isolated(user)
    since = isolated(readable_time(since)) if since else ""
    if host and since:
        return QCoreApplication.translate(
            "Failures", "{0} has had this article open on {1} since {2}."
        ).format(user, isolated(host), since)
    if since:
        return QCoreApplication.translate(
            "Failures", "{0} has had this article open since {1}."
        ).format(user, since)
    return QCoreApplication.translate("Failures", "{0} has this article open.").format(user)


def _problems_reason(failure: ArticleProblemsError) -> str:
    """Return the checklist's errors an export met, each at its part, in the interface
    language ("Headline: The headline is empty."), the edition's language first if any."""
    from editor.text.languages import native_name
    from editor.ui.common.checklist_messages import shown_message
    from editor.ui.common.part_names import part_name

    each = QCoreApplication.translate("Failures", "{0}: {1}")
    listed = " ".join(
        each.format(part_name(problem.part), shown_message(problem))
        for problem in failure.problems
    )
    if failure.language:
        return QCoreApplication.translate("Failures", "Edition {0}: {1}").format(
            isolated(native_name(failure.language)), listed
        )
    return listed


def _detail(failure: BaseException) -> str:
    """Return the core's English words on a failure, "" when its reason says it all."""
    from editor.model.images import ImageError
    from editor.model.review import ApprovalGateError, EditionGateError, StatusMoveError
    from editor.render.errors import (
        ArticleProblemsError,
        UnknownQuotationError,
        UntranslatedEditionError,
    )

    # Failures whose values the reason names in full: English after them says nothing more.
    if isinstance(
        failure,
        (
            UnknownQuotationError,
            ArticleProblemsError,
            StatusMoveError,
            ApprovalGateError,
            EditionGateError,
            UntranslatedEditionError,
            ImageError,
        ),
    ):
        return ""
    if isinstance(failure, errors.LockedError) and not isinstance(
        failure, errors.UnreadableLockError
    ):
        return ""  # the reason names the holder, the computer and the time
    return getattr(failure, "message", None) or str(failure)


def failure_text(sentence: str, failure: BaseException) -> str:
    """Return what a dialog says: what happened, why, then the detail (the core's words)."""
    detail = _detail(failure)
    parts = [sentence, failure_reason(failure)]
    if detail:
        parts.append(QCoreApplication.translate("Failures", "Details: {0}").format(detail))
    return "\n\n".join(parts)


def report_failure(
    parent: QWidget | None,
    title: str,
    sentence: str,
    failure: BaseException,
    *,
    warning: bool = False,
) -> None:
    """Show a failure: ``sentence`` says what did not happen, the rest says why."""
    from PySide6.QtWidgets import QMessageBox  # here: the editor's start-up needs none

    show = QMessageBox.warning if warning else QMessageBox.critical
    show(parent, title, failure_text(sentence, failure))


def export_failure_text(step: Progress, export_anyway: str) -> str:
    """Return what the export window says of a failed step, in the interface language.

    ``export_anyway`` is the text of the window's own control for exporting with unknown
    quotations marked: the way out is named as the user sees it, never a command's flag.
    """
    from editor.render.errors import ArticleProblemsError, UnknownQuotationError

    failure = step.failure
    where = str(step.source) if step.format is None else f"{step.source} ({step.format})"
    if failure is None:
        return where
    if isinstance(failure, UnknownQuotationError):
        advice = QCoreApplication.translate(
            "Failures", "Correct the ids, or tick “{0}” and export again."
        ).format(export_anyway)
        return f"{where}: {failure_reason(failure)} {advice}"
    if isinstance(failure, ArticleProblemsError):
        advice = QCoreApplication.translate(
            "Failures", "Nothing was exported: correct it, or tick “{0}” and export again."
        ).format(export_anyway)
        return f"{where}: {failure_reason(failure)} {advice}"
    return f"{where}: {failure_line(failure)}"


def failure_line(failure: BaseException) -> str:
    """Return why something failed and the core's detail, on one line (a log's entry)."""
    detail = _detail(failure)
    reason = failure_reason(failure)
    if not detail:
        return reason
    return f"{reason} {QCoreApplication.translate('Failures', 'Details: {0}').format(detail)}"


def export_warnings(step: Progress) -> list[str]:
    """Return what the export window notes of a written step: characters cleaned, ids marked."""
    notes = []
    for cleaning in step.cleanings:
        # The note names the character by its code point, a detail left as the core says it.
        notes.append(
            QCoreApplication.translate(
                "Failures", "{0}: characters a file cannot hold were changed ({1}: {2})."
            ).format(step.source, cleaning.part, cleaning.message)
        )
    if step.marked_quotations:
        notes.append(
            QCoreApplication.translate(
                "Failures", "{0}: exported with these quotations marked as missing: {1}."
            ).format(step.source, ", ".join(step.marked_quotations))
        )
    return notes
