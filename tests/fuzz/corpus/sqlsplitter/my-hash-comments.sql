1SELECT 1; # c; d
SELECT 2 #;
;