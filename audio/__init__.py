"""Sound assets made by scripts/make_audio.py; shipped as package data of mindful_clinic.audio."""
