1SELECT 1--1;
SELECT 2 -- c;
;SELECT 3;--	c;
SELECT 4 -- c;
; SELECT 5;--