-- Reference data administration (issue 9): countries and units can be deactivated like customs
-- offices and reasons. A deactivated row stays (dossiers and decisions refer to it) but is no
-- longer offered nor accepted for new dossiers.
ALTER TABLE country ADD COLUMN active boolean NOT NULL DEFAULT true;
ALTER TABLE unit ADD COLUMN active boolean NOT NULL DEFAULT true;
