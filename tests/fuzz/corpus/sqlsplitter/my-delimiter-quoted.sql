1  delimiter '//' ignored
SELECT 1; SELECT 2//
	delimiter ;
SELECT 3
DELIMITER //
SELECT '//', "//", `//` /* // */ -- //
// SELECT 2//