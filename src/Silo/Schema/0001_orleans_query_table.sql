-- The Orleans ADO.NET providers read every statement they run from this table at start-up.
-- Their contract: query keys, parameter names (@Name) and result column names. Everything else
-- (table layout, functions, indexes) is ours.
CREATE TABLE orleansquery
(
    querykey  varchar(64)   NOT NULL PRIMARY KEY,
    querytext varchar(8000) NOT NULL
);
