"""The compiled translations load and work: Russian text, and English plural forms."""

from PySide6.QtCore import QCoreApplication

from helpclient.ui.shell.i18n import QM_DIR


def test_compiled_files_exist():
    assert (QM_DIR / "helpclient_ru.qm").is_file(), "run `make translations`"
    assert (QM_DIR / "helpclient_en.qm").is_file(), "run `make translations`"


def test_english_plurals(language):
    language("en_US")
    one = QCoreApplication.translate("_Waiting", "%n report(s)", "", 1)
    two = QCoreApplication.translate("_Waiting", "%n reply(ies)", "", 2)
    assert (one, two) == ("1 report", "2 replies")


def test_russian_interface(language):
    language("ru_RU")
    assert QCoreApplication.translate("Actions", "&My requests") == "&Мои заявки"
    assert QCoreApplication.translate("KnowledgeBaseWindow", "%n article(s) found", "", 5) == \
        "Найдено 5 статей"
