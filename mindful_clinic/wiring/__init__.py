"""The composition root, by feature: ``mindful_clinic.app.build`` calls each ``wire_*`` in turn.

Each module builds one feature's services and widgets and connects them to the app; nothing else in
the package knows how the parts fit together.
"""
