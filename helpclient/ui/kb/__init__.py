"""The knowledge base on screen: the browser window (``window``), the live suggestions under a
text field (``suggest``), reading one article with its rating (``article_viewer``), and keeping the
local index current while the app runs (``upkeep``). The searching itself is core's
:mod:`helpclient.core.kb`.
"""
