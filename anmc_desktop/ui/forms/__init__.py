"""Forms: validated fields with messages beside them, in non-blocking dialogs."""
