"""Widget labels: data text cannot form links, images or emphasis, and its plain punctuation stays as is
(a label's raw text is the control's accessible name, so needless backslashes would be read aloud)."""

from slate_explorer.text import md_label


def test_label_escapes_only_inline_markdown():
    assert md_label("U.S. Representative, Illinois's 9th district (Open seat)") == (
        "U.S. Representative, Illinois's 9th district (Open seat)"
    )
    assert md_label("![x](javascript:alert(1)) **b** _i_ `c` <b>") == (
        r"!\[x\](javascript:alert(1)) \*\*b\*\* \_i\_ \`c\` \<b\>"
    )
    assert md_label("a\\b") == "a\\\\b"
