"""The project file: peewee schema, migrations, and every function that reads or changes a project."""
