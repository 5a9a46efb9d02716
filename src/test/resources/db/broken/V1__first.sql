-- fine on its own
CREATE TABLE kept_only_if_all_pass (v INTEGER);
