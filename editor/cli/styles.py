"""The style commands: list the house styles, make one from an office's Word template."""

from __future__ import annotations

import argparse
import json

from editor.cli.common import EXIT_OK, CliError, SubParsers, given_path, say


def add_style(subparsers: SubParsers) -> None:
    """Add the ``style`` command (``style list``, ``style new NAME --from-docx FILE``)."""
    command = subparsers.add_parser("style", help="list house styles, or make one")
    actions = command.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="the house styles, each with its description")
    listing.set_defaults(run=_run_list)
    new = actions.add_parser(
        "new", help="make a house style from an office's Word template (.dotx, .docx)"
    )
    new.add_argument("name", metavar="NAME", help="the style's name (letters, digits, - _ .)")
    new.add_argument(
        "--from-docx",
        required=True,
        metavar="FILE",
        help="the office's template: its styles, headers, footers and logo make the DOCX",
    )
    new.add_argument(
        "--from", dest="base", metavar="STYLE", help="the style it starts from (default: default)"
    )
    new.add_argument("--description", metavar="TEXT", help="what the style is for, in a sentence")
    new.add_argument("--force", action="store_true", help="replace a style of that name")
    new.set_defaults(run=_run_new)


def _run_list(args: argparse.Namespace) -> int:
    from editor.render.errors import StyleError
    from editor.render.styles import available_styles, load_style
    from editor.storage.folders import UserFolders

    config = UserFolders.config_folder()
    for name in available_styles(config):
        try:
            description = load_style(name, config).description
        except StyleError as failure:
            description = f"(cannot be used: {failure})"
        say(f"{name}\t{description}")
    return EXIT_OK


def _run_new(args: argparse.Namespace) -> int:
    from editor.render.errors import StyleError
    from editor.render.office import read_template, style_map, template_styles
    from editor.render.styles import DEFAULT_STYLE, check_style_name, style_file
    from editor.storage.atomic import write_bytes
    from editor.storage.errors import StorageError
    from editor.storage.folders import UserFolders

    config = UserFolders.config_folder()
    folder = config / "styles"
    try:
        check_style_name(args.name)
    except StyleError as failure:
        raise CliError(str(failure)) from None
    if (folder / f"{args.name}.json").exists() and not args.force:
        raise CliError(f"{args.name}: you have a house style of that name (--force replaces it)")
    source = given_path(args.from_docx)
    try:
        data = read_template(source)
        styles = template_styles(source, data)
        base = style_file(args.base or DEFAULT_STYLE, config)
        settings = json.loads(base.read_text(encoding="utf-8-sig"))
    except StyleError as failure:
        raise CliError(str(failure)) from None
    except (OSError, ValueError) as failure:
        starts = args.base or DEFAULT_STYLE
        raise CliError(f"{starts}: the style it starts from cannot be read: {failure}") from None
    mapped = style_map(styles)
    suffix = ".dotx" if source.suffix.lower() == ".dotx" else ".docx"
    template_name = f"{args.name}{suffix}"
    names = {style.style_id: style.name for style in styles}
    settings["description"] = args.description or f"From the office template {source.name}."
    settings["template"] = template_name
    settings["style_map"] = mapped
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_bytes(folder / template_name, data)
        text = json.dumps(settings, ensure_ascii=False, indent=2) + "\n"
        write_bytes(folder / f"{args.name}.json", text.encode("utf-8"))
    except (StorageError, OSError) as failure:
        raise CliError(f"{folder}: the style cannot be written: {failure}") from None
    say(f"wrote {folder / (args.name + '.json')} with the template {template_name}")
    for ours in sorted(mapped):
        say(f"  {ours} -> {mapped[ours]} ({names.get(mapped[ours], mapped[ours])})")
    unmatched = [ours for ours in _MAPPED_PARTS if ours not in mapped]
    if unmatched:
        say(f"  Newsdesk's own style for: {', '.join(unmatched)} (edit style_map to change)")
    return EXIT_OK


_MAPPED_PARTS = (
    "Title",
    "Standfirst",
    "OpeningLine",
    "SectionLabel",
    "BodyText",
    "Quote",
    "QuoteAttribution",
    "CreditLine",
)
