1SELECT 'í €'; ÿþ SELECT `Ã`; -- â‚
SELECT 2