0DO $body$ BEGIN RAISE NOTICE '$$;'; END $body$;
SELECT $a$ $b$ ; $b$ ; $a$; SELECT $_1$;$_1$; SELECT $é$;$é$; SELECT $A$ ; $a$ ; $A$; SELECT $a$ x$ba$a$;