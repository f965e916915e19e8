"""The outbox in the running app: ``service`` sends in the background (core's sender on worker
threads, woken when the network returns) and is the GUI's way to submit a report or a reply;
``window`` lists what waits to be sent (open, send now, save to ZIP, delete); ``waiting_text``
counts reports and replies for the tray and the window.
"""
