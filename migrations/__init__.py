"""newsdb's Alembic migrations (shipped inside the wheel as ``newsdb.migrations``)."""
