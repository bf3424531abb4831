package com.huoke.contact;

import java.util.List;

/**
 * The built-in table behind {@link Regions}: every provincial-level division with its short name,
 * and its capital and major cities (about 200 prefecture-level places). A city missing here still
 * keeps its province; extend the list when customers need another.
 */
final class RegionTable {

  /** One province: official name, the short name people write, its cities' official names. */
  record Province(String name, String shortName, boolean municipality, List<String> cities) {}

  static final List<Province> PROVINCES =
      List.of(
          municipality("北京市", "北京"),
          municipality("上海市", "上海"),
          municipality("天津市", "天津"),
          municipality("重庆市", "重庆"),
          province(
              "河北省", "河北", "石家庄市", "唐山市", "秦皇岛市", "邯郸市", "保定市", "张家口市", "承德市", "沧州市", "廊坊市", "衡水市",
              "邢台市"),
          province("山西省", "山西", "太原市", "大同市", "长治市", "晋城市", "临汾市", "运城市", "晋中市"),
          province("内蒙古自治区", "内蒙古", "呼和浩特市", "包头市", "鄂尔多斯市", "赤峰市", "通辽市"),
          province("辽宁省", "辽宁", "沈阳市", "大连市", "鞍山市", "抚顺市", "锦州市", "营口市", "丹东市"),
          province("吉林省", "吉林", "长春市", "吉林市", "四平市", "延边朝鲜族自治州"),
          province("黑龙江省", "黑龙江", "哈尔滨市", "齐齐哈尔市", "大庆市", "牡丹江市", "佳木斯市"),
          province(
              "江苏省", "江苏", "南京市", "苏州市", "无锡市", "常州市", "南通市", "徐州市", "扬州市", "镇江市", "泰州市", "盐城市",
              "连云港市", "淮安市", "宿迁市"),
          province(
              "浙江省", "浙江", "杭州市", "宁波市", "温州市", "嘉兴市", "湖州市", "绍兴市", "金华市", "台州市", "丽水市", "衢州市",
              "舟山市"),
          province("安徽省", "安徽", "合肥市", "芜湖市", "蚌埠市", "马鞍山市", "安庆市", "阜阳市", "滁州市"),
          province("福建省", "福建", "福州市", "厦门市", "泉州市", "漳州市", "莆田市", "龙岩市", "宁德市"),
          province("江西省", "江西", "南昌市", "赣州市", "九江市", "上饶市", "宜春市", "吉安市"),
          province(
              "山东省", "山东", "济南市", "青岛市", "烟台市", "潍坊市", "临沂市", "淄博市", "济宁市", "威海市", "泰安市", "德州市",
              "聊城市", "菏泽市", "日照市", "东营市", "滨州市", "枣庄市"),
          province(
              "河南省", "河南", "郑州市", "洛阳市", "开封市", "新乡市", "南阳市", "许昌市", "商丘市", "周口市", "安阳市", "信阳市",
              "平顶山市", "焦作市"),
          province("湖北省", "湖北", "武汉市", "宜昌市", "襄阳市", "荆州市", "十堰市", "黄石市", "孝感市", "黄冈市"),
          province("湖南省", "湖南", "长沙市", "株洲市", "湘潭市", "衡阳市", "岳阳市", "常德市", "郴州市", "邵阳市"),
          province(
              "广东省", "广东", "广州市", "深圳市", "珠海市", "汕头市", "佛山市", "东莞市", "中山市", "惠州市", "江门市", "湛江市",
              "肇庆市", "茂名市", "揭阳市", "梅州市", "清远市", "韶关市", "汕尾市", "河源市", "阳江市", "潮州市", "云浮市"),
          province("广西壮族自治区", "广西", "南宁市", "柳州市", "桂林市", "北海市", "玉林市", "梧州市"),
          province("海南省", "海南", "海口市", "三亚市", "儋州市"),
          province("四川省", "四川", "成都市", "绵阳市", "德阳市", "宜宾市", "南充市", "泸州市", "乐山市", "达州市"),
          province("贵州省", "贵州", "贵阳市", "遵义市", "六盘水市", "安顺市"),
          province("云南省", "云南", "昆明市", "曲靖市", "玉溪市", "大理白族自治州", "红河哈尼族彝族自治州", "西双版纳傣族自治州", "丽江市"),
          province("西藏自治区", "西藏", "拉萨市", "日喀则市"),
          province("陕西省", "陕西", "西安市", "宝鸡市", "咸阳市", "渭南市", "榆林市", "延安市", "汉中市"),
          province("甘肃省", "甘肃", "兰州市", "天水市", "酒泉市", "嘉峪关市"),
          province("青海省", "青海", "西宁市", "海东市"),
          province("宁夏回族自治区", "宁夏", "银川市", "石嘴山市", "吴忠市"),
          province("新疆维吾尔自治区", "新疆", "乌鲁木齐市", "克拉玛依市", "喀什地区", "伊犁哈萨克自治州"),
          municipality("香港特别行政区", "香港"),
          municipality("澳门特别行政区", "澳门"),
          province("台湾省", "台湾", "台北市", "新北市", "台中市", "台南市", "高雄市", "桃园市"));

  private RegionTable() {}

  private static Province municipality(String name, String shortName) {
    return new Province(name, shortName, true, List.of(name));
  }

  private static Province province(String name, String shortName, String... cities) {
    return new Province(name, shortName, false, List.of(cities));
  }
}
