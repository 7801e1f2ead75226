// The system SQLite library (Debian's libsqlite3-dev; on Apple platforms, the SDK's), through
// which `results.sqlite` is written (see EvidentReport's ResultsDatabase for why not GRDB).
#include <sqlite3.h>
