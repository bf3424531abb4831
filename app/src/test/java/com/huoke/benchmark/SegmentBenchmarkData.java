package com.huoke.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills a freshly migrated PostgreSQL database with {@code customers} live customers for the
 * segment benchmark, set-based ({@code INSERT … SELECT … FROM generate_series}), in a few minutes:
 * stages, scores, owners and last activity over two years; 2-4 of 40 tags each and the churn
 * warning on 15 %; one or two source leads with platform and UTM; three custom fields on about
 * half; deals by stage; and 2 % more customers as merged tombstones. {@code random()} is seeded, so
 * the same count gives the same data (ids of tags and leads aside). Secondary indexes are dropped
 * during the load and built afterwards, as a bulk load would do, then everything is vacuumed and
 * analysed so the planner and index-only scans see the table as autovacuum would leave it.
 */
final class SegmentBenchmarkData {

  /** The tables filled. */
  static final List<String> TABLES =
      List.of(
          "customers",
          "tags",
          "customer_tags",
          "customer_sources",
          "custom_field_definitions",
          "customer_field_values",
          "deals");

  /** 40 tags, 10 in each category; the churn warning is the last STAGE tag. */
  private static final String TAG_LIST =
      """
      insert into bench_tags
      select ord - 1, gen_random_uuid(), category, name
      from unnest(
        array['SOURCE','SOURCE','SOURCE','SOURCE','SOURCE','SOURCE','SOURCE','SOURCE','SOURCE','SOURCE',
              'BEHAVIOUR','BEHAVIOUR','BEHAVIOUR','BEHAVIOUR','BEHAVIOUR','BEHAVIOUR','BEHAVIOUR','BEHAVIOUR','BEHAVIOUR','BEHAVIOUR',
              'VALUE','VALUE','VALUE','VALUE','VALUE','VALUE','VALUE','VALUE','VALUE','VALUE',
              'STAGE','STAGE','STAGE','STAGE','STAGE','STAGE','STAGE','STAGE','STAGE','STAGE'],
        array['抖音','小红书','百度','公众号','企业微信','官网','巨量引擎','线下活动','转介绍','展会',
              '浏览定价页','下载白皮书','参加直播','咨询过','多次访问','打开邮件','点击链接','回复消息','填写表单','参加沙龙',
              '高价值','中价值','低价值','大客户','决策人','预算充足','预算有限','价格敏感','老客户推荐','KA',
              '新线索','待跟进','已联系','已报价','谈判中','已成交','复购客户','沉睡','无效','流失预警'])
        with ordinality as t(category, name, ord)
      """;

  /**
   * The live customers and, after them, the tombstones (merged into a live one). Sorted by id so
   * the primary key is appended to in order. Stages 50/25/10/10/5 %, scores by stage, 30 owners (10
   * % unowned) with a few doing most, last activity over two years weighted towards the present (20
   * % active within 30 days), first touch on 7 platforms with UTM on those that carry it and a
   * campaign per quarter and theme.
   */
  private static final String CUSTOMERS =
      """
      insert into customers (id, type, name, company_name, company_industry, company_size, company_province, company_city,
        stage, score, owner_user_id, first_platform, first_channel, first_campaign, first_utm_source, first_utm_medium,
        first_utm_campaign, first_touch_at, last_activity_at, merged_into_id, merged_at, created_at, updated_at, version)
      select md5('bench-customer-' || n)::uuid,
        case when r_type < 0.3 then 'COMPANY' else 'PERSON' end,
        (array['王','李','张','刘','陈','杨','黄','赵','吴','周'])[1 + n % 10] || (array['芳','伟','娜','敏','静','磊','洋','勇','艳','杰','军','丽'])[1 + (n / 10) % 12],
        case when r_type < 0.7 then (array['杭州','上海','深圳','北京','广州','成都','苏州','南京'])[1 + n % 8] || (array['云帆','星辰','启明','远航','和信','瑞丰','嘉禾'])[1 + (n / 8) % 7] || '科技有限公司' end,
        case when r_type < 0.7 then (array['SaaS','教育','制造','零售','医疗','金融','餐饮','房产'])[1 + floor(8 * power(r_type / 0.7, 1.5))::int] end,
        case when r_type < 0.7 then (array['MICRO','SMALL','MEDIUM','LARGE','ENTERPRISE'])[1 + floor(5 * power(random(), 1.8))::int] end,
        (array['浙江省','上海市','广东省','北京市','广东省','四川省','江苏省','江苏省'])[1 + n % 8],
        (array['杭州市','上海市','深圳市','北京市','广州市','成都市','苏州市','南京市'])[1 + n % 8],
        stage,
        case when stage = 'PROSPECT' then floor(r_score * 70)::int else 30 + floor(r_score * 71)::int end,
        case when r_owner >= 0.1 then 'sales' || lpad((1 + floor(30 * power((r_owner - 0.1) / 0.9, 1.5)))::text, 2, '0') end,
        platform,
        channel_prefix || theme,
        case when has_utm then quarter || '-' || theme end,
        case when has_utm then lower(replace(platform, '_', '')) end,
        case when has_utm then medium end,
        case when has_utm then quarter || '-' || theme end,
        created_at, last_activity_at,
        case when n > {live} then md5('bench-customer-' || (1 + n % {live}))::uuid end,
        case when n > {live} then last_activity_at end,
        created_at, last_activity_at, 0
      from (
        select n, r_type, r_score, r_owner, stage, platform, theme, has_utm, medium, last_activity_at, created_at,
          to_char(created_at, 'YYYY"q"Q') quarter,
          case platform when 'DOUYIN' then '抖音-直播间-' when 'OCEAN_ENGINE' then '巨量-信息流-' when 'XIAOHONGSHU' then '小红书-笔记-'
            when 'BAIDU' then '百度-搜索-' when 'WECHAT' then '公众号-二维码-' when 'WECOM' then '企微-活码-' else '官网-表单-' end channel_prefix
        from (
          select n, r_type, r_score, r_owner, last_activity_at, stage, platform, theme, medium,
            platform not in ('WECHAT', 'WECOM') or r_utm < 0.2 has_utm,
            last_activity_at - (last_activity_at - (now() - interval '730 days')) * r_created created_at
          from (
            select n, random() r_type, random() r_score, random() r_owner, random() r_created, random() r_utm,
              now() - interval '730 days' * power(random(), 2) last_activity_at,
              (array['PROSPECT','PROSPECT','PROSPECT','PROSPECT','PROSPECT','PROSPECT','PROSPECT','PROSPECT','PROSPECT','PROSPECT',
                     'INTERESTED','INTERESTED','INTERESTED','INTERESTED','INTERESTED','OPPORTUNITY','OPPORTUNITY','CUSTOMER','CUSTOMER','REPEAT'])[1 + floor(random() * 20)::int] stage,
              (array['DOUYIN','DOUYIN','DOUYIN','OCEAN_ENGINE','OCEAN_ENGINE','XIAOHONGSHU','XIAOHONGSHU','BAIDU','BAIDU','WECHAT','WECHAT','WECOM','WEBSITE'])[1 + floor(random() * 13)::int] platform,
              (array['春季新品','直播带货','免费试用','行业白皮书','线上峰会','老客回馈','双十一','618大促','限时折扣','案例分享','产品演示','招商加盟'])[1 + floor(12 * power(random(), 1.4))::int] theme,
              (array['cpc','cpc','feed','feed','social','live','organic','qrcode'])[1 + floor(random() * 8)::int] medium
            from generate_series(1, {all}) n) a) b) c
      order by 1
      """;

  /**
   * 2-4 tags for each live customer out of the 39 besides the churn warning, the first ones more
   * often (7 apart, so a customer's tags differ).
   */
  private static final String TAGS =
      """
      insert into customer_tags (customer_id, tag_id, added_at)
      select g.id, t.id, g.created_at + (g.last_activity_at - g.created_at) * random()
      from (select id, created_at, last_activity_at, floor(39 * power(random(), 1.6))::int base, 2 + floor(random() * 3)::int k
            from customers where merged_into_id is null) g
      cross join lateral generate_series(0, g.k - 1) j
      join bench_tags t on t.ord = (g.base + j * 7) % 39
      order by 1, 2
      """;

  /** The churn warning on 15 % of live customers, all of them quiet for 30 days (80 % are). */
  private static final String CHURN_TAG =
      """
      insert into customer_tags (customer_id, tag_id, added_at)
      select c.id, t.id, c.last_activity_at + interval '30 days'
      from customers c join bench_tags t on t.name = '流失预警'
      where c.merged_into_id is null and c.last_activity_at < now() - interval '30 days' and random() < 0.188
      order by 1
      """;

  /** The lead of the first touch; tombstones keep none, as a merge moves them. */
  private static final String FIRST_SOURCES =
      """
      insert into customer_sources (lead_id, customer_id, platform, contact_name, channel, campaign, utm_source, utm_medium, utm_campaign, lead_score, captured_at)
      select gen_random_uuid(), id, first_platform, name, first_channel, first_campaign, first_utm_source, first_utm_medium, first_utm_campaign, score, first_touch_at
      from customers where merged_into_id is null
      """;

  /** A second lead for 30 %, from any platform at any time since the first. */
  private static final String SECOND_SOURCES =
      """
      insert into customer_sources (lead_id, customer_id, platform, contact_name, channel, campaign, utm_source, utm_medium, utm_campaign, lead_score, captured_at)
      select gen_random_uuid(), id, platform, name, channel_prefix || theme, utm_campaign, case when utm_campaign is not null then lower(replace(platform, '_', '')) end,
        case when utm_campaign is not null then medium end, utm_campaign, score, captured_at
      from (
        select id, name, score, platform, theme, medium, captured_at,
          case when platform not in ('WECHAT', 'WECOM') or r_utm < 0.2 then to_char(captured_at, 'YYYY"q"Q') || '-' || theme end utm_campaign,
          case platform when 'DOUYIN' then '抖音-直播间-' when 'OCEAN_ENGINE' then '巨量-信息流-' when 'XIAOHONGSHU' then '小红书-笔记-'
            when 'BAIDU' then '百度-搜索-' when 'WECHAT' then '公众号-二维码-' when 'WECOM' then '企微-活码-' else '官网-表单-' end channel_prefix
        from (
          select id, name, score, random() r_utm, first_touch_at + (last_activity_at - first_touch_at) * random() captured_at,
            (array['DOUYIN','DOUYIN','DOUYIN','OCEAN_ENGINE','OCEAN_ENGINE','XIAOHONGSHU','XIAOHONGSHU','BAIDU','BAIDU','WECHAT','WECHAT','WECOM','WEBSITE'])[1 + floor(random() * 13)::int] platform,
            (array['春季新品','直播带货','免费试用','行业白皮书','线上峰会','老客回馈','双十一','618大促','限时折扣','案例分享','产品演示','招商加盟'])[1 + floor(12 * power(random(), 1.4))::int] theme,
            (array['cpc','cpc','feed','feed','social','live','organic','qrcode'])[1 + floor(random() * 8)::int] medium
          from customers where merged_into_id is null and random() < 0.3) a) b
      """;

  /** Three custom fields: a number, a date and a text. */
  private static final String FIELD_DEFINITIONS =
      """
      insert into custom_field_definitions (field_key, label, type, options, created_at) values
        ('budget', '预算', 'NUMBER', null, now() - interval '800 days'),
        ('contract_renewal', '续约日期', 'DATE', null, now() - interval '800 days'),
        ('remark', '备注', 'TEXT', null, now() - interval '800 days')
      """;

  /** Each custom field is set on about half of the live customers. */
  private static final String BUDGETS =
      """
      insert into customer_field_values (customer_id, field_key, number_value)
      select id, 'budget', round(exp(ln(1000) + random() * ln(1000))::numeric, -2) from customers where merged_into_id is null and random() < 0.5
      """;

  private static final String RENEWALS =
      """
      insert into customer_field_values (customer_id, field_key, date_value)
      select id, 'contract_renewal', current_date - 365 + floor(random() * 730)::int from customers where merged_into_id is null and random() < 0.5
      """;

  private static final String REMARKS =
      """
      insert into customer_field_values (customer_id, field_key, text_value)
      select id, 'remark', (array['重点跟进','待回访','已发报价','需要演示','价格敏感，关注优惠','决策链长','老板亲自对接','预算下季度到位','竞品在用','暂无需求'])[1 + floor(random() * 10)::int]
        || case when random() < 0.3 then '，' || (array['周一联系','下周演示','等采购流程','已加微信'])[1 + floor(random() * 4)::int] else '' end
      from customers where merged_into_id is null and random() < 0.5
      """;

  /** Deals follow the stage: an open one for 商机, one won for 成交, two for 复购, a few lost. */
  private static final String DEALS =
      """
      insert into deals (id, customer_id, title, amount, currency, stage, expected_close, closed_at, created_at, updated_at, version)
      select gen_random_uuid(), c.id, '年度订阅', round((5000 + random() * 200000)::numeric, -2), 'CNY', d.stage,
        (c.last_activity_at + interval '30 days')::date, case when d.stage <> 'OPEN' then c.last_activity_at end,
        c.created_at, c.last_activity_at, 0
      from customers c
      cross join lateral (select 'OPEN' stage where c.stage = 'OPPORTUNITY'
                          union all select 'WON' where c.stage in ('CUSTOMER', 'REPEAT')
                          union all select 'WON' where c.stage = 'REPEAT'
                          union all select 'LOST' where c.stage in ('PROSPECT', 'INTERESTED') and random() < 0.05) d
      where c.merged_into_id is null
      """;

  private SegmentBenchmarkData() {}

  /** Fills the empty, migrated database behind {@code connection}. */
  static void fill(Connection connection, int customers) throws SQLException {
    connection.setAutoCommit(true);
    try (Statement sql = connection.createStatement()) {
      Map<String, String> indexes = secondaryIndexes(sql);
      for (String name : indexes.keySet()) {
        sql.execute("drop index " + name);
      }
      // foreign keys are not checked row by row during the load: the generator keeps them
      sql.execute("set session_replication_role = replica");
      sql.execute("select setseed(0.42)");
      sql.execute(
          "create temporary table bench_tags (ord int primary key, id uuid not null,"
              + " category varchar(16), name varchar(100))");
      sql.execute(TAG_LIST);
      sql.execute(
          "insert into tags (id, category, name, created_at)"
              + " select id, category, name, now() - interval '800 days' from bench_tags");
      int tombstones = customers / 50;
      sql.execute(
          CUSTOMERS
              .replace("{all}", Integer.toString(customers + tombstones))
              .replace("{live}", Integer.toString(customers)));
      for (String statement :
          List.of(
              TAGS,
              CHURN_TAG,
              FIRST_SOURCES,
              SECOND_SOURCES,
              FIELD_DEFINITIONS,
              BUDGETS,
              RENEWALS,
              REMARKS,
              DEALS)) {
        sql.execute(statement);
      }
      sql.execute("set session_replication_role = origin");
      for (String definition : indexes.values()) {
        sql.execute(definition);
      }
      sql.execute("vacuum analyze");
    }
  }

  /**
   * Name and definition of every index of the filled tables that backs no constraint (primary and
   * unique keys stay: foreign keys depend on them).
   */
  private static Map<String, String> secondaryIndexes(Statement sql) throws SQLException {
    Map<String, String> indexes = new LinkedHashMap<>();
    try (ResultSet found =
        sql.executeQuery(
            """
            select i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
            from pg_index i join pg_class t on t.oid = i.indrelid
            where t.relname = any(string_to_array('%s', ','))
              and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)
            """
                .formatted(String.join(",", TABLES)))) {
      while (found.next()) {
        indexes.put(found.getString(1), found.getString(2));
      }
    }
    return indexes;
  }
}
