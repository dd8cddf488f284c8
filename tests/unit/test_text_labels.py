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


def test_status_letters_come_from_the_words_of_the_page_language():
    """Issue 24: Spanish pages drew W for Ganada and L for Perdida. In Spanish each status's letter is the first
    letter of its Spanish label; in each language the letters tell the statuses apart."""
    from slate_explorer import labels
    from slate_explorer.i18n import in_language

    for lang in ("en", "es"):
        with in_language(lang):
            letters = [labels.status_letter(s) for s in labels.STATUS]
            assert len(set(letters)) == len(letters), (lang, letters)
    with in_language("es"):
        for status in labels.STATUS:
            label, letter = labels.status_label(status), labels.status_letter(status)
            assert letter == "?" or label.startswith(letter), (label, letter)
        assert labels.status_letter("won") == "G" and labels.status_letter("lost") == "P"
