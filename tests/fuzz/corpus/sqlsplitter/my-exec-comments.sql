1/*!40101 SET NAMES utf8mb4 */;
/*M!100100 SET @a=1; */;
SELECT /*! STRAIGHT_JOIN */ 1 /*!*/; SELECT 1 /* a /* b */; SELECT 2