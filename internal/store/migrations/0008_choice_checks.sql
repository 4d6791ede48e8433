-- Leadbridge schema, version 8: every choice a column allows out of three or more is
-- checked as a row of comparisons. SQLite builds a temporary table for a CHECK of the
-- form "x IN (a, b, c)" each time it checks a row, which took about a third of the time
-- an import spent writing people; "x = a OR x = b OR x = c" allows exactly the same
-- values and needs no table. As in version 5, the constraints are rewritten in place, as SQLite
-- documents for changes that leave the stored rows as they are; RESET makes this
-- connection read the new definitions.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema SET sql = replace(replace(replace(sql,
	'CHECK (aspiration IN ('''', ''yes'', ''unsure'', ''no''))',
	'CHECK (aspiration = '''' OR aspiration = ''yes'' OR aspiration = ''unsure'' OR aspiration = ''no'')'),
	'CHECK (risk_of_leaving IN ('''', ''low'', ''medium'', ''high''))',
	'CHECK (risk_of_leaving = '''' OR risk_of_leaving = ''low'' OR risk_of_leaving = ''medium'' OR risk_of_leaving = ''high'')'),
	'CHECK (impact_of_loss IN ('''', ''low'', ''medium'', ''high''))',
	'CHECK (impact_of_loss = '''' OR impact_of_loss = ''low'' OR impact_of_loss = ''medium'' OR impact_of_loss = ''high'')')
	WHERE type = 'table' AND name = 'people';
UPDATE sqlite_schema SET sql = replace(replace(sql,
	'CHECK (performance IN (''below'', ''meets'', ''exceeds''))',
	'CHECK (performance = ''below'' OR performance = ''meets'' OR performance = ''exceeds'')'),
	'CHECK (potential IN (''low'', ''moderate'', ''high''))',
	'CHECK (potential = ''low'' OR potential = ''moderate'' OR potential = ''high'')')
	WHERE type = 'table' AND name = 'box_labels';
UPDATE sqlite_schema SET sql = replace(replace(replace(replace(replace(replace(sql,
	'CHECK (relationship IN (''self'', ''manager'', ''mentor'', ''peer'', ''owner'', ''direct-report''))',
	'CHECK (relationship = ''self'' OR relationship = ''manager'' OR relationship = ''mentor'' OR relationship = ''peer'' OR relationship = ''owner'' OR relationship = ''direct-report'')'),
	'CHECK (performance IN ('''', ''below'', ''meets'', ''exceeds''))',
	'CHECK (performance = '''' OR performance = ''below'' OR performance = ''meets'' OR performance = ''exceeds'')'),
	'CHECK (aspiration IN ('''', ''yes'', ''unsure'', ''no''))',
	'CHECK (aspiration = '''' OR aspiration = ''yes'' OR aspiration = ''unsure'' OR aspiration = ''no'')'),
	'CHECK (learning_agility IN ('''', ''low'', ''medium'', ''high''))',
	'CHECK (learning_agility = '''' OR learning_agility = ''low'' OR learning_agility = ''medium'' OR learning_agility = ''high'')'),
	'CHECK (engagement IN ('''', ''low'', ''medium'', ''high''))',
	'CHECK (engagement = '''' OR engagement = ''low'' OR engagement = ''medium'' OR engagement = ''high'')'),
	'CHECK (source IN ('''', ''pack'', ''paper''))',
	'CHECK (source = '''' OR source = ''pack'' OR source = ''paper'')')
	WHERE type = 'table' AND name = 'assessments';
UPDATE sqlite_schema SET sql = replace(replace(sql,
	'CHECK (derailer IN (''relationships'', ''team'', ''objectives'', ''adapting'', ''narrow''))',
	'CHECK (derailer = ''relationships'' OR derailer = ''team'' OR derailer = ''objectives'' OR derailer = ''adapting'' OR derailer = ''narrow'')'),
	'CHECK (status IN (''none'', ''watch'', ''concern''))',
	'CHECK (status = ''none'' OR status = ''watch'' OR status = ''concern'')')
	WHERE type = 'table' AND name = 'assessment_derailers';
UPDATE sqlite_schema SET sql = replace(sql,
	'CHECK (readiness IN (''emergency'', ''now'', ''1-2y'', ''3y+''))',
	'CHECK (readiness = ''emergency'' OR readiness = ''now'' OR readiness = ''1-2y'' OR readiness = ''3y+'')')
	WHERE type = 'table' AND name = 'successors';
UPDATE sqlite_schema SET sql = replace(sql,
	'CHECK (phase IN (''preparing'', ''first-90-days'', ''settling-in'', ''established''))',
	'CHECK (phase = ''preparing'' OR phase = ''first-90-days'' OR phase = ''settling-in'' OR phase = ''established'')')
	WHERE type = 'table' AND name = 'plans';
UPDATE sqlite_schema SET sql = replace(sql,
	'CHECK (status IN (''not-started'', ''in-progress'', ''done'', ''dropped''))',
	'CHECK (status = ''not-started'' OR status = ''in-progress'' OR status = ''done'' OR status = ''dropped'')')
	WHERE type = 'table' AND name = 'goals';
UPDATE sqlite_schema SET sql = replace(sql,
	'CHECK (kind IN (''experience'', ''others'', ''formal''))',
	'CHECK (kind = ''experience'' OR kind = ''others'' OR kind = ''formal'')')
	WHERE type = 'table' AND name = 'actions';
UPDATE sqlite_schema SET sql = replace(sql,
	'CHECK (status IN (''active'', ''paused'', ''ended''))',
	'CHECK (status = ''active'' OR status = ''paused'' OR status = ''ended'')')
	WHERE type = 'table' AND name = 'pairs';
UPDATE sqlite_schema SET sql = replace(replace(sql,
	'CHECK (kind IN (''course'', ''workshop'', ''e-learning'', ''reading'', ''conference'', ''shadowing'', ''stretch-assignment''))',
	'CHECK (kind = ''course'' OR kind = ''workshop'' OR kind = ''e-learning'' OR kind = ''reading'' OR kind = ''conference'' OR kind = ''shadowing'' OR kind = ''stretch-assignment'')'),
	'CHECK (status IN (''planned'', ''completed'', ''cancelled''))',
	'CHECK (status = ''planned'' OR status = ''completed'' OR status = ''cancelled'')')
	WHERE type = 'table' AND name = 'training';
UPDATE sqlite_schema SET sql = replace(sql,
	'CHECK (derailer IN ('''', ''relationships'', ''team'', ''objectives'', ''adapting'', ''narrow''))',
	'CHECK (derailer = '''' OR derailer = ''relationships'' OR derailer = ''team'' OR derailer = ''objectives'' OR derailer = ''adapting'' OR derailer = ''narrow'')')
	WHERE type = 'table' AND name = 'moments';
UPDATE sqlite_schema SET sql = replace(sql,
	'CHECK (outcome IN (''promote'', ''not-yet'', ''no''))',
	'CHECK (outcome = ''promote'' OR outcome = ''not-yet'' OR outcome = ''no'')')
	WHERE type = 'table' AND name = 'decisions';
UPDATE sqlite_schema SET sql = replace(sql,
	'CHECK (relationship IN (''self'', ''manager'', ''mentor'', ''peer'', ''direct-report''))',
	'CHECK (relationship = ''self'' OR relationship = ''manager'' OR relationship = ''mentor'' OR relationship = ''peer'' OR relationship = ''direct-report'')')
	WHERE type = 'table' AND name = 'rating_packs';
PRAGMA writable_schema = RESET;
