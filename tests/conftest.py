import os

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")


import uuid  # noqa: E402

import pytest  # noqa: E402

PG_ENV = "SOTTOVOCE_TEST_PG_URL"  # set by .ci/run, which starts a throwaway PostgreSQL


@pytest.fixture(params=["sqlite", "postgresql"])
def catalog_url(request):
    """The catalog under test: None (SQLite in the store), or a fresh database on the real
    PostgreSQL server named by $SOTTOVOCE_TEST_PG_URL (skipped only when that is unset)."""
    if request.param == "sqlite":
        yield None
        return
    admin_url = os.environ.get(PG_ENV)
    if not admin_url:
        pytest.skip(f"{PG_ENV} not set (.ci/run starts a PostgreSQL server and sets it)")
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"sv_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    yield url
    from pipeline import catalog

    for key in [k for k in catalog._ENGINES if k[1] == url]:
        catalog._ENGINES.pop(key).dispose()
    with admin.connect() as c:
        c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()
