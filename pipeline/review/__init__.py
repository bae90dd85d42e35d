"""The QA reviewers' view of processed calls: a static, offline site built from a store's
redacted outputs, and the reviewers' feedback marks for the DPO.

    calls.py     reads calls/<id>/transcript.json and report.json into typed view values
                 (a removed word brings its entity label, never its text)
    i18n.py      the UI strings, Italian and English
    site.py      renders the site under <store>/review/ (Jinja2, autoescaped; CSS/JS inlined)
    marks.py     the feedback marks: typed model, validation against the call, the marks file
    server.py    `sottovoce review serve`: the site, the bleeped audio and the marks API on localhost
    commands.py  the `sottovoce review ...` subcommands
"""
