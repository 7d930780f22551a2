"""Images placed in an article: their kind and size read from their first bytes, their names."""

from __future__ import annotations

import struct

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pictures import jpeg_header, png

from editor.model.images import (
    MAX_IMAGE_BYTES,
    ImageError,
    ImageInfo,
    ImageProblem,
    asset_name,
    check_image,
    image_info,
)


def test_the_kind_and_size_of_png_jpeg_and_gif() -> None:
    assert image_info(png(3, 2)) == ImageInfo("png", 3, 2)
    assert image_info(jpeg_header(640, 480)) == ImageInfo("jpeg", 640, 480)
    gif = b"GIF89a" + struct.pack("<HH", 20, 10) + b"\x00\x00\x00;"
    assert image_info(gif) == ImageInfo("gif", 20, 10)


@pytest.mark.parametrize(
    "data",
    [b"", b"hello", b"%PDF-1.7", b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF89a\x00\x00\x00\x00"],
)
def test_anything_else_is_not_an_image(data: bytes) -> None:
    assert image_info(data) is None
    with pytest.raises(ImageError) as refused:
        check_image(data)
    assert refused.value.problem == ImageProblem.NOT_AN_IMAGE


@given(st.binary(max_size=200))
def test_any_bytes_give_an_answer_not_an_exception(data: bytes) -> None:
    image_info(data)
    image_info(b"\xff\xd8" + data)


def test_a_huge_file_and_a_picture_of_too_many_pixels_are_refused_with_their_size() -> None:
    with pytest.raises(ImageError) as refused:
        check_image(png(1, 1) + bytes(MAX_IMAGE_BYTES))
    assert refused.value.problem == ImageProblem.TOO_LARGE
    assert refused.value.size > MAX_IMAGE_BYTES
    with pytest.raises(ImageError) as refused:
        check_image(jpeg_header(60_000, 60_000))
    assert refused.value.problem == ImageProblem.TOO_MANY_PIXELS
    assert check_image(jpeg_header(4000, 3000)) == ImageInfo("jpeg", 4000, 3000)


def test_asset_names_come_from_the_file_made_safe_and_never_overwrite() -> None:
    first = png(2, 2)
    assets = {"harbour-map.png": first}
    # The same picture again: stored once, under its name.
    assert asset_name(assets, "/home/x/harbour-map.png", first, "png") == "harbour-map.png"
    # Another picture of that name: a new name.
    assert asset_name(assets, "harbour-map.PNG", png(3, 3), "png") == "harbour-map-2.png"
    # The suffix is the real kind's; folders, spaces and control characters go.
    name = asset_name({}, "C:\\photos\\Port at night\x07.jpeg.png", b"x", "jpeg")
    assert name == "Port-at-night-jpeg.jpg"
    assert asset_name({}, "خريطة الميناء.png", b"x", "png") == "خريطة-الميناء.png"
    assert asset_name({}, "...", b"x", "gif") == "image.gif"
