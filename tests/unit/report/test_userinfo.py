"""Contact details: remembered from the last report, prefilled for the next."""

from helpclient.core.models import UserInfo
from helpclient.core.report.problem import Contact
from helpclient.core.report.userinfo import (
    OsUser,
    prefill_contact,
    remember_contact,
    saved_contact,
)
from helpclient.core.settings import Settings


def test_the_last_reports_contact_is_remembered_trimmed_and_comes_back(tmp_path):
    settings = Settings(tmp_path / "config.toml")
    assert saved_contact(settings) == Contact()
    remember_contact(settings, Contact(" Ann Smith ", "ann@example.com ", " +1 555 0100"))
    settings.save()
    again = Settings(tmp_path / "config.toml")
    assert saved_contact(again) == Contact("Ann Smith", "ann@example.com", "+1 555 0100")


def test_saved_details_win_over_the_account_and_the_os():
    saved = Contact("Ann S.", "", "")
    account = UserInfo(login="ann", name="Ann Smith", email="ann@example.com")
    assert prefill_contact(saved, account, OsUser("asmith", "Ann Smith (OS)")) == \
        Contact("Ann S.", "ann@example.com", "")
    assert prefill_contact(Contact(), None, OsUser("asmith", "Ann Smith (OS)")).name == \
        "Ann Smith (OS)"
