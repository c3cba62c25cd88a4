0-- café 😀
SELECT '😀';

  SELECT 名前 FROM größe;SELECT 3;
