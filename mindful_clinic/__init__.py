"""mindful_clinic: short, evidence-informed practices for clinicians between appointments."""

__version__ = "0.1.0"
