"""Article HTML from servers and folders is sanitized: nothing can run, nothing remote loads."""

from helpclient.core.kb.sanitize import sanitize_html
from helpclient.core.kb.text import html_to_text


def test_scripts_and_their_content_are_removed():
    clean = sanitize_html("<p>Hi</p><script>steal()</script><noscript>x</noscript>")
    assert "script" not in clean and "steal" not in clean
    assert "<p>Hi</p>" in clean


def test_frames_objects_and_forms_are_removed():
    clean = sanitize_html('<iframe src="https://evil.example/"></iframe><object data="x">'
                          '</object><embed src="y"><form action="https://evil.example/">'
                          '<input name="password"></form><p>text</p>')
    for word in ("iframe", "object", "embed", "form", "input", "evil.example"):
        assert word not in clean
    assert "<p>text</p>" in clean


def test_event_handler_attributes_are_removed():
    clean = sanitize_html('<p onclick="x()" onmouseover="y()">a</p><img src="data:image/png;'
                          'base64,AAAA" onerror="z()">')
    assert "onclick" not in clean and "onmouseover" not in clean and "onerror" not in clean


def test_only_web_and_mail_links_are_kept():
    clean = sanitize_html('<a href="javascript:alert(1)">a</a><a href="vbscript:x">b</a>'
                          '<a href="file:///etc/passwd">c</a><a href="data:text/html,x">d</a>'
                          '<a href="https://kb.example/x">e</a><a href="mailto:it@example.com">f'
                          '</a>')
    for bad in ("javascript:", "vbscript:", "file:", "data:"):
        assert bad not in clean
    assert 'href="https://kb.example/x"' in clean and 'href="mailto:it@example.com"' in clean


def test_remote_images_are_removed_and_embedded_ones_kept():
    clean = sanitize_html('<img src="https://tracker.example/pixel.gif" alt="t">'
                          '<img src="//cdn.example/a.png"><img src="data:image/png;base64,AAAA">')
    assert "tracker.example" not in clean and "cdn.example" not in clean
    assert 'src="data:image/png;base64,AAAA"' in clean


def test_css_cannot_fetch_anything():
    clean = sanitize_html('<p style="background: url(https://evil.example/x.png)">a</p>'
                          '<style>body { background: url(https://evil.example/y.png) }</style>'
                          '<link rel="stylesheet" href="https://evil.example/z.css">')
    assert "evil.example" not in clean and "url(" not in clean and "style" not in clean


def test_plain_text_of_html_drops_markup_and_script_text():
    assert html_to_text("<h1>Title</h1><script>x()</script><p>A &amp; B</p>").split() == [
        "Title", "A", "&", "B"]
