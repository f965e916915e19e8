"""Every screen at a glance: ``python -m helpclient.demo.screens OUT`` (``make screens``)
renders every window and wizard page with realistic content — over a stand-in helpdesk in
memory — in every shipped language and in the pseudo-locale, dark, high-contrast and 200 %
variants, into PNG files named window-state-language-variant.png. ``--readme`` writes the
README's screenshots. Each language/variant renders in a process of its own (the scale factor
and the palette are fixed when Qt starts).
"""
