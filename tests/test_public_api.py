from __future__ import annotations

import newsclean


def test_all_is_pinned() -> None:
    assert sorted(newsclean.__all__) == [
        "Article", "Caption", "DEFAULT_PIPELINE", "Pipeline", "Provenance", "Removal", "clean",
        "cleaners",
    ]
    for name in newsclean.__all__:
        assert hasattr(newsclean, name)


def test_models_are_frozen_and_strict() -> None:
    import pydantic
    import pytest

    art = newsclean.clean("Bridge approved\n\nThe council voted on Tuesday to approve the bridge.")
    with pytest.raises(pydantic.ValidationError):
        art.title = "x"  # type: ignore[misc]
    with pytest.raises(pydantic.ValidationError):
        newsclean.Caption(text="a", colour="red")  # type: ignore[call-arg]


def test_text_is_a_property_not_a_field() -> None:
    art = newsclean.clean("Bridge approved\n\nOne sentence here, long enough to keep.\n\n"
                          "Another sentence here, long enough to keep.")
    assert "text" not in art.model_dump()
    assert art.text == "\n\n".join(art.paragraphs)


def test_pipeline_is_a_plain_tuple_of_named_callables() -> None:
    from newsclean._pipeline import cleaner_name

    assert isinstance(newsclean.DEFAULT_PIPELINE, tuple)
    names = [cleaner_name(c) for c in newsclean.DEFAULT_PIPELINE]
    assert len(names) == len(set(names))
    verbs = {"drop", "strip", "extract", "mark", "normalize", "fix", "merge", "split"}
    assert all(n.split("_")[0] in verbs for n in names)


def test_custom_pipeline() -> None:
    from newsclean.cleaners import drop_ad_labels

    text = "Advertisement\n\nA sentence of the body that is long enough to keep."
    assert newsclean.clean(text, pipeline=()).paragraphs[0] == "Advertisement"
    art = newsclean.clean(text, pipeline=(drop_ad_labels,))
    assert art.removals[0].cleaner == "drop_ad_labels"


def test_bad_cleaner_is_named() -> None:
    import pytest

    def broken(doc: object) -> str:
        return "oops"

    with pytest.raises(TypeError, match="'broken' returned str"):
        newsclean.clean("text", pipeline=(broken,))  # type: ignore[arg-type]


def test_readme_lists_the_pipeline_in_order() -> None:
    """The README names the default steps; this keeps that list from going stale."""
    import re
    from pathlib import Path

    from newsclean._pipeline import cleaner_name

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    start = readme.index("`DEFAULT_PIPELINE` (in")
    end = readme.index("\n\n", start)  # the paragraph that lists them
    listed = re.findall(r"`((?:extract|drop|strip|mark|normalize|fix|merge|split)_\w+)`",
                        readme[start:end])
    assert listed == [cleaner_name(c) for c in newsclean.DEFAULT_PIPELINE]
