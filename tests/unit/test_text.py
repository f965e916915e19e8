"""arg(): Qt's %1 … %9 placeholders filled in one pass."""

from helpclient.ui.kit.text import arg


def test_fills_numbered_placeholders_in_any_order():
    assert arg("%2, then %1", "first", "second") == "second, then first"
    assert arg("%1 and %1 again", "x") == "x and x again"


def test_single_pass_never_fills_a_value_again():
    # Server text such as a subject may contain a placeholder of its own.
    assert arg("%1 and %2", "a%2", "b") == "a%2 and b"
    assert arg("%2 and %1", "a", "b%1") == "b%1 and a"


def test_a_placeholder_without_a_value_stays():
    assert arg("%1 of %2", "one") == "one of %2"
    assert arg("no value: %1") == "no value: %1"


def test_values_are_converted_to_text():
    assert arg("#%1 at %2", 42, 1.5) == "#42 at 1.5"


def test_nine_placeholders_and_nothing_beyond():
    values = [str(n) for n in range(1, 10)]
    assert arg("%1%2%3%4%5%6%7%8%9", *values) == "123456789"
    # %10 is not a placeholder arg() knows, so it must not become "%1" followed by "0".
    assert arg("%10 %1", "a") == "%10 a"
    assert arg("100% sure, %1", "a") == "100% sure, a"
