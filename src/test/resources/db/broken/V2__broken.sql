-- a typo: the whole new schema must be rolled back
CREATE TABLE second (v INTEGER;
