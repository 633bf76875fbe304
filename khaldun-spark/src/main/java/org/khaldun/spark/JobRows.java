package org.khaldun.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.khaldun.output.EventRecord;

/**
 * The row shapes between the job's stages. A coding task emits one row per event, one per coded
 * article (so that articles without events are remembered too) and one per problem, all in one
 * schema told apart by {@code job_kind}: the coding runs once and each output is a filter of it.
 */
final class JobRows {
  static final String KIND = "job_kind";
  static final String EVENT_COUNT = "job_event_count";
  static final String ORIGIN = "job_origin";
  static final String PROBLEM = "job_problem";

  static final String EVENT = "event";
  static final String ARTICLE = "article";
  static final String SKIPPED = "skipped";
  static final String FAILED = "problem";

  /** Input keyed by article id: {@code article_id, json, origin, problem}. */
  static final StructType KEYED =
      new StructType()
          .add("article_id", DataTypes.StringType)
          .add("json", DataTypes.StringType)
          .add("origin", DataTypes.StringType)
          .add("problem", DataTypes.StringType);

  /** Keyed input and whether an earlier run coded it. */
  static final StructType TO_CODE = KEYED.add("done", DataTypes.BooleanType);

  static final StructType RESULT = result();

  private static final int WIDTH = RESULT.fields().length;
  private static final int EVENT_COLUMNS = EventColumns.fields().size();
  private static final int ARTICLE_ID = RESULT.fieldIndex("article_id");

  private JobRows() {}

  private static StructType result() {
    List<StructField> fields = new ArrayList<>(EventColumns.fields());
    fields.add(
        DataTypes.createStructField(EventColumns.DATE_PARTITION, DataTypes.StringType, true));
    fields.add(DataTypes.createStructField(KIND, DataTypes.StringType, false));
    fields.add(DataTypes.createStructField(EVENT_COUNT, DataTypes.IntegerType, true));
    fields.add(DataTypes.createStructField(ORIGIN, DataTypes.StringType, true));
    fields.add(DataTypes.createStructField(PROBLEM, DataTypes.StringType, true));
    return DataTypes.createStructType(fields);
  }

  static Row keyed(String articleId, String json, String origin) {
    return RowFactory.create(articleId, json, origin, null);
  }

  static Row keyedProblem(String origin, String problem) {
    return RowFactory.create(null, null, origin, problem);
  }

  static Row event(EventRecord record) {
    Object[] values = new Object[WIDTH];
    System.arraycopy(EventColumns.values(record), 0, values, 0, EVENT_COLUMNS);
    values[EVENT_COLUMNS] = EventColumns.datePartition(record);
    values[EVENT_COLUMNS + 1] = EVENT;
    return RowFactory.create(values);
  }

  static Row article(String articleId, int events, String origin) {
    Object[] values = new Object[WIDTH];
    values[ARTICLE_ID] = articleId;
    values[EVENT_COLUMNS + 1] = ARTICLE;
    values[EVENT_COLUMNS + 2] = events;
    values[EVENT_COLUMNS + 3] = origin;
    return RowFactory.create(values);
  }

  static Row skipped(String articleId) {
    Object[] values = new Object[WIDTH];
    values[ARTICLE_ID] = articleId;
    values[EVENT_COLUMNS + 1] = SKIPPED;
    return RowFactory.create(values);
  }

  static Row problem(String origin, String problem) {
    Object[] values = new Object[WIDTH];
    values[EVENT_COLUMNS + 1] = FAILED;
    values[EVENT_COLUMNS + 3] = origin;
    values[EVENT_COLUMNS + 4] = problem;
    return RowFactory.create(values);
  }
}
