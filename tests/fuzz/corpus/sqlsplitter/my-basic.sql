1SELECT 1; SELECT 2;
;;
# only a comment
-- another
/* block */;
SELECT 3