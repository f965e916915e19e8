"""The knowledge-base window in Russian: each category stays on one line (the browse column
widens for longer names instead of wrapping them)."""


from helpclient.core.kb.service import KnowledgeBase
from helpclient.resources_path import resource_file
from helpclient.ui.kb.window import KnowledgeBaseWindow
from helpclient.ui.kit.tasks import TaskRunner


def test_every_category_fits_on_one_line(qtbot, tmp_path, language):
    language("ru_RU")
    kb = KnowledgeBase(tmp_path / "kb.sqlite", starter_folder=resource_file("kb"))
    kb.refresh_folders()
    window = KnowledgeBaseWindow(TaskRunner(synchronous=True), kb)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    browse = window.browse
    labels = [browse.item(row).text() for row in range(browse.count())]
    assert any(label.startswith("Учётная запись") for label in labels)
    line = browse.fontMetrics().lineSpacing()
    heights = {label: browse.visualItemRect(browse.item(row)).height()
               for row, label in enumerate(labels)}
    assert all(height < 2 * line for height in heights.values()), heights
    # and the article keeps the widest column
    assert window.splitter.sizes()[2] == max(window.splitter.sizes())
