from claims.guarded_http.text import decode_body, detect_encoding, parse_content_type, sniff_media_type


def test_content_type_is_split_into_media_type_and_charset():
    assert parse_content_type('Text/HTML; Charset="UTF-8"') == ("text/html", "UTF-8")
    assert parse_content_type("application/pdf") == ("application/pdf", None)
    assert parse_content_type(None) == ("", None)


def test_the_declared_charset_wins():
    text, encoding = decode_body("café".encode("cp1252"), "text/html; charset=windows-1252")
    assert (text, encoding) == ("café", "cp1252")


def test_latin1_labels_are_read_as_windows_1252_like_browsers_do():
    text, _ = decode_body("“quoted”".encode("cp1252"), "text/plain; charset=iso-8859-1")
    assert text == "“quoted”"


def test_a_meta_charset_is_used_when_the_header_has_none():
    body = '<html><head><meta charset="koi8-r"></head><body>Привет</body></html>'.encode("koi8-r")
    text, encoding = decode_body(body, "text/html")
    assert "Привет" in text and encoding == "koi8-r"


def test_an_undeclared_charset_is_guessed():
    body = ("Законодательство Российской Федерации о выборах и референдумах. " * 20).encode("cp1251")
    text, encoding = decode_body(body, "text/plain")
    assert "Российской" in text and encoding == "cp1251"


def test_utf8_cut_inside_a_character_is_still_utf8():
    body = "naïve café".encode()[:-1]
    assert detect_encoding(body) == "utf-8"


def test_a_bom_beats_everything():
    assert detect_encoding("x".encode("utf-16"), "iso-8859-1") == "utf-16"


def test_html_without_content_type_is_recognised():
    assert sniff_media_type(b"  <!DOCTYPE html><html>") == "text/html"
    assert sniff_media_type(b"%PDF-1.7") == ""
