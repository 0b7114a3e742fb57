"""The Qt-free domain: instrument, business, assessment, scoring, policies and roadmap."""
