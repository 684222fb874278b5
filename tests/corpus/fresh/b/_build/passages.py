# Passages copied verbatim from the stored "pages" corpus (search tool). One source paragraph per line.
P = {}
P["b01"] = [
"Mặc dù đối mặt với nhiều khó khăn, thách thức, nhưng ngành Thuế và Tài chính đã hoàn thành nhiệm vụ một cách ngoạn mục. Kết thúc năm 2020, tổng thu ngân sách toàn tỉnh đạt 17.363 tỷ đồng, đạt 111,6% dự toán HĐND tỉnh điều chỉnh, tăng 7,3% so với cùng kỳ năm 2019 và là một trong số ít tỉnh có số thu tăng từ 10-11% so với kế hoạch. Trong đó, thu nội địa đạt 16.186 tỷ đồng, đạt 117,6% dự toán, tăng 11,3% so với cùng kỳ.",
"Không tính số thu từ tiền sử dụng đất và thu xổ số kiến thiết (5.056 tỷ đồng) thì thu nội địa thực hiện 11.104 tỷ đồng, đạt 100,7% dự toán và tăng 4,8% so với cùng kỳ.",
]
P["b02"] = [
"Theo UBND huyện Bảo Lâm, thu ngân sách nhà nước trên địa bàn do huyện quản lý ước tính đến hết tháng 6/2020 đạt gần 85,6 tỷ đồng, đạt 61% so với dự toán và tăng 27% so với cùng kỳ. Trong đó, thu từ thuế, phí là 47,322 tỷ đồng, đạt 52% so với dự toán và bằng 106% so với cùng kỳ; thu cấp, thuê đất là 34,4 tỷ đồng, đạt 83% so với dự toán và bằng 242% so với cùng kỳ; thu khác ngân sách 4,2 tỷ đồng, đạt 42% so với dự toán giao…",
"Cũng theo UBND huyện Bảo Lâm, bên cạnh việc thu ngân sách huyện cũng đã thực hiện nhiệm vụ chi ngân sách nhà nước trong 6 tháng qua là gần 421 tỷ đồng, đạt 55% so với dự toán giao đầu năm, tăng 37% so với cùng kỳ. Trong đó, chi ngân sách huyện là 369,767 tỷ đồng, đạt 60% dự toán giao và chi ngân sách xã là 51,097 tỷ đồng, đạt 35% dự toán giao.",
]
P["b03"] = [
"5 địa phương mới giải ngân đạt 2,74% kế hoạch Thủ tướng giao",
"Báo cáo tổng hợp tình hình phân bổ, giải ngân của 5 địa phương thuộc Tổ công tác số 1 cho thấy, tổng kế hoạch đầu tư vốn ngân sách nhà nước năm 2023 Thủ tướng Chính phủ giao là 92.917,98 tỷ đồng. Trong đó vốn cân đối ngân sách địa phương là 67.268,66 tỷ đồng, vốn ngân sách trung ương 25.649,32 tỷ đồng. Theo báo cáo của Bộ Tài chính, tổng số giải ngân của 5 địa phương đến hết tháng 3/2023 là hơn 2.553 tỷ đồng, đạt 2,74% kế hoạch Thủ tướng giao và thấp hơn rất nhiều so với bình quân chung của cả nước (10,35%). Trong số này, Trà Vinh, Vĩnh Long, Sóc Trăng, An Giang giải ngân trên 5%, riêng TP. Hồ Chí Minh giải ngân rất thấp, chỉ đạt 0,89%. TP. Hồ Chí Minh, An Giang, Sóc Trăng đều cam kết phấn đấu giải ngân 100% kế hoạch đầu tư công năm 2023 được giao. Tỉnh Trà Vinh cam kết giải ngân trên 98% kế hoạch và Vĩnh Long cam kết giải ngân vốn ngân sách trung ương đạt 100% kế hoạch và vốn ngân sách địa phương là 95% kế hoạch.",
]
P["b04"] = [
"Cụ thể, chỉ số sản xuất toàn ngành công nghiệp (IIP) tháng 7 ước tăng 5,9% so với tháng trước và tăng 9,7% so với cùng kỳ năm trước, trong đó ngành khai khoáng tăng 4,4%; ngành chế biến, chế tạo tăng 10,4%; sản xuất và phân phối điện tăng 10,5%; cung cấp nước và xử lý rác thải, nước thải tăng 7,4%.",
"Tính chung 7 tháng năm 2019, chỉ số IIP tăng 9,4%, thấp hơn mức tăng 10,7% của cùng kỳ năm 2018, nhưng cao hơn mức tăng 7,2% của cùng kỳ năm 2017 và năm 2016.",
"Trong đó, ngành chế biến, chế tạo tăng 10,7% (cùng kỳ năm trước tăng 12,9%), đóng góp 0,2 điểm phần trăm vào mức tăng chung; ngành sản xuất và phân phối điện tăng 10%, đóng góp 0,9 điểm phần trăm; ngành cung cấp nước và xử lý rác thải, nước thải tăng 6,6%, đóng góp 0,1 điểm phần trăm; ngành khai khoáng tăng 1,1%, đóng góp 0,2 điểm phần trăm mức tăng chung.",
"Cụ thể, sản xuất than cốc, sản phẩm dầu mỏ tinh chế tăng 48%; sản xuất kim loại tăng 40,6%; khai thác quặng kim loại tăng 16,8%; sản xuất sản phẩm từ cao su và plastic tăng 15,6%; sản xuất xe có động cơ tăng 11,4%; dệt tăng 11,1%.",
]
P["b05"] = [
"Bên cạnh đó, có 627 lượt dự án đã cấp phép từ các năm trước đăng ký điều chỉnh vốn đầu tư với số vốn tăng thêm đạt 4.947,2 triệu USD, giảm 15,8% so với cùng kỳ năm trước. Như vậy, tổng số vốn đăng ký cấp mới và vốn tăng thêm trong 7 tháng đạt 18.152,6 triệu USD, giảm 3,5% so với cùng kỳ năm 2017.",
"Vốn FDI thực hiện 7 tháng năm nay ước tính đạt 9,85 tỷ USD, tăng 8,8% so với cùng kỳ năm 2017. Ngoài ra, 7 tháng qua còn có 3.311 lượt góp vốn, mua cổ phần của nhà đầu tư nước ngoài với tổng giá trị góp vốn là 4,79 tỷ USD, tăng 53,3% so với cùng kỳ năm 2017, trong đó có 475 lượt góp vốn, mua cổ phần làm tăng vốn điều lệ của DN với giá trị vốn góp là 1,64 tỷ USD và 2.836 lượt nhà đầu tư nước ngoài mua lại cổ phần trong nước mà không làm tăng vốn điều lệ với giá trị 3,15 tỷ USD.",
"Đáng chú ý, ngành công nghiệp chế biến, chế tạo thu hút FDI lớn nhất với số vốn đăng ký của các dự án được cấp phép mới đạt 5.205,2 triệu USD, chiếm 39,4% tổng vốn đăng ký cấp mới; hoạt động kinh doanh bất động sản đạt 5.003,1 triệu USD, chiếm 37,9%; các ngành còn lại đạt 2.997,1 triệu USD, chiếm 22,7%. Nếu tính cả vốn đăng ký bổ sung của các dự án đã cấp phép từ các năm trước thì vốn FDI đầu tư vào ngành công nghiệp chế biến, chế tạo trong 7 tháng năm nay đạt 8.428,1 triệu USD, chiếm 46,4% tổng vốn đăng ký; hoạt động kinh doanh bất động sản đạt 5.205,2 triệu USD, chiếm 28,7%; các ngành còn lại đạt 4.519,3 triệu USD, chiếm 24,9%.",
]
P["b06"] = [
"Số vốn đăng ký tăng thêm của các dự án FDI tăng 15,5 lần",
"Qúy I/2024, tỉnh cấp mới và điều chỉnh vốn đầu tư 13 dự án đầu tư nước ngoài (FDI) với tổng vốn đăng ký tăng thêm hơn 1,556 tỷ USD, tăng 15,5 lần so với cùng kỳ năm 2023. Trong đó, 8 dự án FDI cấp mới với tổng vốn đăng ký gần 1,452 tỷ USD, vượt nhiều lần so với cùng kỳ năm 2023 (35,4 triệu USD). 5 dự án điều chỉnh tăng vốn, đạt 104,79 triệu USD, tăng 60,7% so với cùng kỳ năm 2023 (37,37 triệu USD). Đến nay, trên địa bàn tỉnh có 465 dự án đầu tư nước ngoài với tổng vốn đầu tư đăng ký hơn 33,103 tỷ USD (trong KCN 292 dự án với tổng vốn đầu tư khoảng 15,408 tỷ USD; ngoài KCN 173 dự án với tổng vốn đầu tư đăng ký hơn 17,695 tỷ USD).",
]
P["b07"] = [
"10 địa phương xuất siêu lớn nhất 10 tháng đầu năm 2022",
"(Tổ Quốc) - Theo dữ liệu của Tổng cục Hải quan, kim ngạch xuất nhập khẩu hàng hóa 10 tháng đầu năm 2022 ước đạt 616,24 tỷ USD và Việt Nam xuất siêu 9,4 tỷ USD.",
"Cụ thể, trong tháng 10, tổng kim ngạch xuất, nhập khẩu hàng hóa ước đạt 58,27 tỷ USD, tăng 0,1% so với tháng trước và tăng 5,7% so với cùng kỳ năm trước.",
"Tính chung 10 tháng đầu năm 2022, tổng kim ngạch xuất, nhập khẩu hàng hóa ước đạt 616,24 tỷ USD, tăng 14,1% so với cùng kỳ năm trước. Trong đó, kim ngạch xuất khẩu đạt 312,82 tỷ USD, tăng 15,9% và kim ngạch nhập khẩu đạt 303,42 tỷ USD, tăng 12,2% so với cùng kỳ năm 2021.",
"Như vậy, cán cân thương mại hàng hóa 10 tháng năm 2022 ước tính xuất siêu 9,4 tỷ USD. Xét trong 63 tỉnh, thành 10 địa phương xuất siêu lớn nhất trong 10 tháng đầu năm 2022 gồm có: Thái Nguyên, Bình Dương, Bắc Ninh, Đồng Nai, Hải Phòng, Tiền Giang, Hải Dương, Long An, Bình Phước và Tây Ninh.",
"Thái Nguyên là địa phương xuất siêu lớn nhất trong 63 tỉnh, thành. Cụ thể, lũy kế 10 tháng đầu năm 2022, Thái Nguyên xuất siêu 10,73 tỷ USD. Trong đó, kim ngạch xuất khẩu đạt 26,6 tỷ USD và kim ngạch nhập khẩu đạt 15,87 tỷ USD.",
"Sau Thái Nguyên, Bình Dương là địa phương xuất siêu lớn thứ 2 cả nước, đạt 8,13 tỷ USD trong 10 tháng đầu năm 2022. Cụ thể, kim ngạch xuất khẩu đạt 28,97 tỷ USD và kim ngạch nhập khẩu đạt 20,84 tỷ USD trong 10 tháng đầu năm 2022.",
]
P["b08"] = [
"Chỉ số giá tiêu dùng (CPI) bình quân 9 tháng đầu năm trên địa bàn tỉnh tăng 3,77% so với cùng kỳ năm trước. Riêng tháng 9, CPI giảm 0,2% so với tháng trước, nhưng tăng 2,01% so với cùng kỳ năm 2019. Tháng 9, trong 11 nhóm hàng hóa và dịch vụ chính, chỉ có 2 nhóm là may mặc, mũ nón, giày dép và giao thông tăng giá so với tháng 8; 7 nhóm giảm giá gồm hàng ăn và dịch vụ ăn uống, đồ uống và thuốc lá, nhà ở, điện nước, chất đốt và vật liệu xây dựng, thiết bị và đồ dùng gia đình, bưu chính viễn thông, giáo dục, hàng hóa và dịch vụ khác; 2 nhóm ổn định là thuốc - dịch vụ y tế và văn hóa, giải trí, du lịch.",
]
P["b09"] = [
"Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 8/2018 ước tính đạt 370 nghìn tỷ đồng, tăng 0,4% so với tháng trước và tăng 12,6% so với cùng kỳ năm trước.",
"Theo Tổng cục Thống kê, trong tổng mức 370 nghìn tỷ đồng, doanh thu bán lẻ hàng hóa đạt 277,2 nghìn tỷ đồng, tăng 1% so với tháng trước và tăng 12,9% so với cùng kỳ năm ngoái.",
"Trong khi đó, doanh thu dịch vụ lưu trú, ăn uống chỉ đạt con số khiêm tốn 45,1 nghìn tỷ đồng, giảm 1,9% so với tháng trước và tăng 8,6% so với cùng kỳ năm trước. Doanh thu du lịch lữ hành đạt 3,6 nghìn tỷ đồng, giảm 1,6% và tăng 12,2%; doanh thu dịch vụ khác đạt 44,1 nghìn tỷ đồng, giảm 0,3% so với tháng trước và tăng 14,7% so với cùng kỳ năm trước.",
"Tính chung 8 tháng năm 2018, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước tính đạt 2,86 triệu tỷ đồng, tăng 11,2% so với cùng kỳ năm trước, nếu loại trừ yếu tố giá thì tăng 8,53% (cùng kỳ năm 2017 tăng 8,36%).",
"Xét theo ngành hoạt động, doanh thu bán lẻ hàng hóa 8 tháng năm nay ước tính đạt 2,1 triệu tỷ đồng, chiếm 75,2% tổng mức và tăng 11,7% so với cùng kỳ năm trước. Trong đó, đáng chú ý là ngành hàng lương thực, thực phẩm có mức tăng cao nhất, với 12,8% so với cùng kỳ năm ngoái.",
"Ngành hàng may mặc cũng có mức tăng trưởng cao với 12,3%; đồ dùng, dụng cụ, trang thiết bị gia đình tăng 11,6%; vật phẩm văn hoá, giáo dục tăng 10,8% và phương tiện đi lại tăng 10,7%.",
]
P["b10"] = [
"Theo số liệu của Tổng cục Thống kê, GDP 6 tháng đầu năm 2024 tăng 6,42%, chỉ thấp hơn tốc độ tăng 6,58% của 6 tháng đầu năm 2022 trong giai đoạn 2020-2024. Theo đó, xét theo từng địa phương, Bắc Giang dẫn đầu cả nước với tăng trưởng GRDP trong nửa đầu năm 2024 đạt 14,14%. Đứng ở vị trí thứ hai là Khánh Hòa với GRDP tăng 12,73%. Với tốc độ tăng trưởng GRDP ước đạt 11,5%, Thanh Hóa là địa phương có tăng trưởng kinh tế cao thứ 3 cả nước.",
"Không chỉ có 3 địa phương kể trên, theo số liệu của Tổng cục Thống kê, có 4 tỉnh, thành phố khác cũng ghi nhận tăng trưởng GRDP vượt ngưỡng 10%.",
"Hà Nam: 10,39%",
"Tổng sản phẩm trong tỉnh (GRDP) 6 tháng đầu năm 2024 (theo giá so sánh 2010) ước đạt 26.891 tỷ đồng, tăng 10,35% so với cùng kỳ năm 2023. Cục Thống kê Hà Nam cho biết, GRDP của tỉnh 6 tháng đầu năm 2024 đạt mức tăng trưởng cao nhất kể từ năm 2021 trở lại đây.",
"Trong mức tăng chung của toàn nền kinh tế, khu vực công nghiệp, xây dựng vẫn giữ vai trò chủ đạo, 6 tháng ước đạt 17.443,9 tỷ đồng, tăng 13,26% so với cùng kỳ (đóng góp 81% vào mức tăng chung), riêng khu vực công nghiệp ước đạt 15.491,2 tỷ đồng, tăng 14,82% so với cùng kỳ (đóng góp 79,3%); Khu vực dịch vụ ước đạt 5.693,6 tỷ đồng, tăng 7,22% so cùng kỳ (đóng góp 15,2%); Khu vực nông, lâm nghiệp và thủy sản, ước đạt 2.131,3 tỷ đồng, tăng 1,06% so cùng kỳ (đóng góp 0,9%); Thuế sản phẩm trừ trợ cấp sản phẩm ước đạt 1.622,2 tỷ đồng, tăng 4,75% so cùng kỳ (đóng góp 2,9% vào mức tăng chung).",
]
# mutations: file -> (line index 1-based, old substring, new substring)
MUT = {
 "b02": (2, "chi ngân sách xã là 51,097 tỷ đồng", "chi ngân sách xã là 58,763 tỷ đồng"),
 "b03": (2, "vốn ngân sách trung ương 25.649,32 tỷ đồng", "vốn ngân sách trung ương 29.496,72 tỷ đồng"),
 "b05": (2, "giá trị vốn góp là 1,64 tỷ USD", "giá trị vốn góp là 1,89 tỷ USD"),
 "b06": (2, "tổng vốn đầu tư khoảng 15,408 tỷ USD", "tổng vốn đầu tư khoảng 17,719 tỷ USD"),
 "b07": (7, "đạt 8,13 tỷ USD", "đạt 9,35 tỷ USD"),
 "b08": (1, "7 nhóm giảm giá", "8 nhóm giảm giá"),
 "b09": (3, "doanh thu dịch vụ khác đạt 44,1 nghìn tỷ đồng", "doanh thu dịch vụ khác đạt 50,7 nghìn tỷ đồng"),
 "b10": (5, "Khu vực dịch vụ ước đạt 5.693,6 tỷ đồng", "Khu vực dịch vụ ước đạt 6.547,6 tỷ đồng"),
}
