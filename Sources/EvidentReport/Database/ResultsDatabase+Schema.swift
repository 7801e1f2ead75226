extension ResultsDatabase {
    /// The schema's name and version, in the `study` table.
    static let schemaVersion = "evident.results-sqlite/1"

    /// Written once by one process: no journal, no syncs but the last, an exclusive lock, a
    /// large page cache; the page size and encoding fixed so the bytes do not depend on the
    /// library's defaults.
    static let pragmas = """
        PRAGMA page_size = 4096;
        PRAGMA encoding = 'UTF-8';
        PRAGMA journal_mode = OFF;
        PRAGMA synchronous = OFF;
        PRAGMA locking_mode = EXCLUSIVE;
        PRAGMA cache_size = -32768;
        PRAGMA foreign_keys = OFF;

        """

    /// The tables (docs/results-sqlite.md says what each column holds). Foreign keys are declared
    /// for readers and checked by the tests; they are not enforced while the file is written.
    static let schema = """
        CREATE TABLE study (
            key TEXT PRIMARY KEY NOT NULL,
            value TEXT
        ) WITHOUT ROWID;
        CREATE TABLE datasets (
            id INTEGER PRIMARY KEY,
            dataset TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            wave TEXT,
            file TEXT NOT NULL,
            format TEXT NOT NULL,
            encoding TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            invited INTEGER,
            rows_read INTEGER NOT NULL,
            complete INTEGER NOT NULL,
            partial INTEGER NOT NULL,
            rejected INTEGER NOT NULL
        );
        CREATE TABLE attributes (
            id INTEGER PRIMARY KEY,
            dataset_id INTEGER NOT NULL REFERENCES datasets (id),
            position INTEGER NOT NULL,
            name TEXT NOT NULL
        );
        CREATE TABLE scales (
            id INTEGER PRIMARY KEY,
            scale TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL CHECK (kind IN ('numeric', 'ordinal')),
            minimum REAL NOT NULL,
            maximum REAL NOT NULL,
            positive_from REAL,
            levels TEXT
        );
        CREATE TABLE questions (
            id INTEGER PRIMARY KEY,
            dataset_id INTEGER NOT NULL REFERENCES datasets (id),
            question TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('item', 'free-text')),
            position INTEGER NOT NULL,
            "column" TEXT NOT NULL,
            text TEXT NOT NULL,
            scale TEXT REFERENCES scales (scale),
            reversed INTEGER NOT NULL
        );
        CREATE TABLE respondents (
            id INTEGER PRIMARY KEY,
            dataset_id INTEGER NOT NULL REFERENCES datasets (id),
            respondent TEXT NOT NULL,
            line INTEGER NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('complete', 'partial'))
        );
        CREATE TABLE respondent_attributes (
            respondent_id INTEGER NOT NULL REFERENCES respondents (id),
            attribute_id INTEGER NOT NULL REFERENCES attributes (id),
            value TEXT NOT NULL,
            PRIMARY KEY (respondent_id, attribute_id)
        ) WITHOUT ROWID;
        CREATE TABLE answers (
            id INTEGER PRIMARY KEY,
            respondent_id INTEGER NOT NULL REFERENCES respondents (id),
            question_id INTEGER NOT NULL REFERENCES questions (id),
            score REAL,
            value TEXT,
            characters INTEGER
        );
        CREATE TABLE codes (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            label TEXT NOT NULL,
            parent_id INTEGER REFERENCES codes (id),
            depth INTEGER NOT NULL,
            description TEXT
        );
        CREATE TABLE patterns (
            id INTEGER PRIMARY KEY,
            code_id INTEGER NOT NULL REFERENCES codes (id),
            pattern TEXT NOT NULL
        );
        CREATE TABLE coded_segments (
            answer_id INTEGER NOT NULL REFERENCES answers (id),
            segment_index INTEGER NOT NULL,
            code_id INTEGER NOT NULL REFERENCES codes (id),
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            matches TEXT NOT NULL,
            PRIMARY KEY (answer_id, segment_index, code_id)
        ) WITHOUT ROWID;
        CREATE TABLE quotes (
            id INTEGER PRIMARY KEY,
            code_id INTEGER NOT NULL REFERENCES codes (id),
            dataset_id INTEGER NOT NULL REFERENCES datasets (id),
            respondent_id INTEGER REFERENCES respondents (id),
            question_id INTEGER REFERENCES questions (id),
            text TEXT NOT NULL,
            attribution TEXT NOT NULL
        );

        """

    /// Built once every row is in (an index filled row by row costs far more).
    static let indexes = """
        CREATE UNIQUE INDEX respondents_by_id ON respondents (dataset_id, respondent);
        CREATE INDEX answers_by_respondent ON answers (respondent_id);
        CREATE INDEX answers_by_question ON answers (question_id);
        CREATE INDEX coded_segments_by_code ON coded_segments (code_id);
        CREATE INDEX questions_by_dataset ON questions (dataset_id);
        CREATE INDEX patterns_by_code ON patterns (code_id);

        """
}
