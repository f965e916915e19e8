"""The UI's toolbox, shared by every window: no window of its own.

``tasks`` is the one bridge for blocking work (a worker thread, the result back on the GUI
thread); ``text`` fills Qt's ``%1`` placeholders in one pass; ``core_labels`` translates core's
labels; ``errors`` the plain-language text for every error a user can meet; ``units`` sizes in the
user's number format; ``dates`` dates and times in the user's locale (readable under "C" too);
``style`` colours that carry meaning in light and dark themes; ``links`` opens only safe links
outside the app; ``article_browser`` the rich-text view for server text that loads nothing remote;
``screenshot`` and ``screenshot_taker`` the one screenshot flow (capture without HelpClient's
windows, crop and black out, save) used by reports and replies alike.

Imports core only; no other wing of ``ui`` imports into it.
"""
