"""The application shell: main window, actions, undo commands, background jobs, settings."""
